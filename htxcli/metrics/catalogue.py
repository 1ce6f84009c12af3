"""The metrics htx knows, defined once each with its labels, unit, kind, formula and base,
in the order every listing shows them (those of schema_version 1 first, as they always were).

Importing this module fills core.CATALOGUE; ``htxcli.metrics`` imports it.
"""

from .averages import AVERAGES, AVERAGES_V2, define_averages, define_income
from .counts import define_counts, define_net_formation
from .shares import define_credit_fund_share, define_grade_shares, define_status_shares, define_v2_shares
from .targets import define_v1_attainments

define_counts()
define_status_shares()
define_credit_fund_share()
define_grade_shares(("all", "graded"))
define_averages(AVERAGES)
define_income("worker")
define_net_formation()
define_v1_attainments()
# schema_version 2
define_grade_shares(("active",))
define_v2_shares()
define_averages(AVERAGES_V2)
define_income("member")
