"""The click layer: parse options, call one function of a lower layer, print, exit. Nothing
imports it but the entry point and the developer tools."""
