"""Every message htx prints, in English: id -> template.

A template's fields name the message's parameters; a spec after the colon says how to word
one (``lower``: first letter lower case, acronyms kept; ``semi``: a list joined by "; ";
``pct``: a percentage as printed; ``d1``: at most one decimal). vi.py has the same ids.
"""

MESSAGES = {
    # table columns
    "column.section": "section",
    "column.item": "item",
    "column.value": "value",
    "column.origin": "origin",
    "column.basis": "basis",
    "column.province": "province",
    "column.period": "period",
    "column.kind": "kind",
    "column.status": "status",
    "column.publisher": "publisher",
    "column.metric": "metric",
    "column.rank": "rank",
    "column.from": "from",
    "column.to": "to",
    "column.change": "change",
    "column.relative": "relative",
    "column.annualised": "annualised",
    "column.not_available_because": "not available because",
    "column.origin_or_reason": "origin / reason",
    "column.unit": "unit",
    "column.label": "label",
    "column.label_vi": "label_vi",
    "column.formula": "formula",
    "column.id": "id",
    "column.scope": "scope",
    "column.used": "used",
    "answer.yes": "yes",
    "answer.no": "no",
    # where a value comes from
    "origin.stated": "stated",
    "origin.computed": "computed",
    "origin.none": "n/a",
    # show
    "heading.report_actual": "{province}, {period} ({kind}, actual figures)",
    "heading.report_estimated": "{province}, {period} ({kind}, estimated figures)",
    "heading.source": 'Source: {publisher}, "{title}"',
    "heading.source_dated": 'Source: {publisher}, "{title}", {date}',
    "heading.of_province": "{province}: {section}",
    "row.by_sector": "By sector: {label}",
    "row.members_by_sector": "Members by sector: {label}",
    "row.rated": "Rated: {label}",
    "row.target": "{label}",
    "row.target_period": "{label} ({period})",
    "row.plan": "{label}, plan {plan}",
    "figure.with_credit_funds": "with credit funds",
    "basis.report_pct": "report: {pct:d1}%",
    "basis.report_value": "report: {value}",
    "caption.not_computable": "Not computable, no figures for: {labels}",
    # compare and rank
    "head.report": "{province} ({period})",
    "head.report_estimated": "{province} ({period}, est.)",
    "caption.lacks": "n/a for {province}: {metrics}.",
    "caption.sum_lacks": "{province} – {metrics}: {reason}.",
    "caption.time_unit_unknown": "{metrics}: a report does not say per month or per year; no leader.",
    "note.contradiction": "† A contradiction of the source, kept as printed: {reason}",
    "group.with_credit_funds": "Cooperative counts that include credit funds",
    "group.without_credit_funds": "Cooperative counts without credit funds",
    "group.credit_funds_unknown": "Reports that do not say whether credit funds are counted",
    "group.unranked": "Not ranked",
    "note.ranked_apart": (
        "Some reports count credit funds among cooperatives and some do not: each base is ranked apart."
    ),
    "reason.bases_differ": "some counts include credit funds, some do not",
    "caption.bases_differ": (
        "{metrics}: some of these counts include credit funds and some do not; no leader."
    ),
    "heading.credit_funds_True": "{section}, counting credit funds",
    "heading.credit_funds_False": "{section}, not counting credit funds",
    "reason.of_province": "{province}: {reason}",
    "reason.time_unit_unknown_rank": (
        "the report does not say per month or per year: not ranked against values that do"
    ),
    "reason.flow_lengths_differ": "a flow over {a} and one over {b} differ in length: not comparable",
    "reason.time_unit_unknown": "a report does not say the time unit",
    "note.leader": "* marks the leader of a row (lowest where less is better); n/a: not computable",
    "title.rank": "Provinces by {metric:lower}",
    "title.rank_base": "Provinces by {metric:lower} ({base})",
    # growth
    "suffix.points": " pts",
    "suffix.per_year": "%/yr",
    "basis.two_reports": "computed from two reports",
    "basis.from_stated_rate": "derived from the stated rate {rate} year on year ({period})",
    "basis.from_stated_start": "derived from the stated value at the start of {period}",
    "basis.from_stated_change": "derived from the stated change {change} against {period}",
    "basis.prints_now": "the report prints {value} now",
    "implied.start_of": "start of {period}",
    "implied.label": "{kind}: {figure}",
    # notes above a table
    "note.part_of_new_unit": "{province} has been part of the new {unit} since {date} (with {others}).",
    "note.larger_unit": (
        "Since {date}, {unit} names a larger unit ({members}); these figures are for the old {province}."
    ),
    "note.unit_groups": "{unit}, since {date}, groups {members}.",
    "note.no_data_for": "No data for {lacking}; shown: {shown}.",
    "note.sums": "Summed from the reports of their predecessors: {sums:semi}.",
    "note.sum_of": "{unit} = {places}",
    "note.periods_differ": "Periods differ ({spans}): counts are comparable, flows in the period are not.",
    "note.estimates_beside_actuals": "Estimated figures ({provinces}) stand beside actual ones.",
    "note.lengths_differ": (
        "{a} and {b} differ in length: flows (new, dissolved) are not comparable; "
        "rates are annualised over the time between their ends."
    ),
    "note.nothing_comparable": "The reports of {a} and {b} have no metric in common that can be compared.",
    "note.one_report": "{province} has one report and it states no rates or start values to derive from.",
    # the inputs of a metric
    "detail.ratio": "{num} / {den}",
    "detail.count": "{value}",
    "detail.difference": "{a} - {b}",
    "detail.without_credit_funds": "{total} - {funds} credit funds",
    "detail.month_x12": "{value} a month x 12",
    "detail.per_year": "{value} a year",
    "detail.stated_average": "stated average, per {per}",
    "detail.stated_average_stock": "stated average",
    "detail.stated_average_no_unit": "stated average, time unit not stated",
    "detail.stated_pct": "stated {pct:pct}%",
    "detail.stated_value": "as the report prints it",
    "detail.attainment": "{actual} / {plan}",
    "detail.attainment_range": "{actual} / {low}-{high}",
    # why a metric has no value
    "missing.total": "the report gives no total of {kind}",
    "missing.status_count": "the report gives no count of {status:lower} cooperatives",
    "missing.grade_count": "the report gives no count of {grade:lower} cooperatives",
    "missing.graded_count": "the report gives no count of {grade:lower} cooperatives",
    "missing.grading": "the report gives no grading",
    "missing.figure": "the report gives no {what:lower}",
    "missing.input_of": "the report gives no {what:lower} of {kind}",
    "missing.new": "the report gives no new {kind}",
    "missing.dissolved": "the report gives no dissolutions of {kind}",
    "missing.zero_denominator": "the denominator is zero",
    "missing.income_time_unit": "the report does not say whether income is per month or per year",
    "missing.no_target": "the report sets no target for {target}",
    "missing.no_actual_yet": "the target is for {period}; no actual yet",
    "missing.no_actual": "no actual given",
    "missing.no_plan": "the report gives no plan",
    "missing.at_period": "{period}: {reason}",
    "missing.not_available": "not available",
    "missing.no_report_for": "no report for {period}",
    "missing.no_report_from": "no report from {places}",
    "missing.no_report_for_from": "no report for {period} from {places}",
    "missing.no_common_period": "no period that every predecessor reports",
    "missing.of_unit": "{unit}: {reason}",
    "missing.not_summed": "the sum of {places} has none: {why:semi}",
    "missing.for_part": "for {place}, {reason:lower}",
    "missing.unlike": "the reports give {what:lower} with different {how}",
    "missing.not_addable": (
        "each report gives it, but not from figures that can be added alike"
        " (a printed percentage or average is never added)"
    ),
    "missing.kind_bases": (
        "the reports count {kind} on different bases: with credit funds in one, without in another"
    ),
    "missing.plans_not_summed": "plans and targets are not added across reports",
    "unlike.per": "time units (per month, per year)",
    "unlike.period": "periods",
    "unlike.with_credit_funds": "bases (with or without credit funds)",
    "unlike.criterion": "definitions",
    "unlike.covers": "coverage (some say how many organisations they count, some do not)",
    # schema_version 2: what a report says of a figure, sectors, national shares, sources
    "figure.change": "{change} against {period}",
    "figure.change_yoy": "{change} year on year",
    "figure.status_estimated": "estimated",
    "figure.status_actual": "actual",
    "figure.period": "for {period}",
    "figure.covers": "covers {n} organisations",
    "figure.criterion": "criterion: {text}",
    "figure.national_share": "{pct:d1}% of the national total, as printed",
    "heading.national_share": "Share of the national total ({period})",
    "heading.sector": "{section}: {sector}",
    "note.other_sources": "Shown from {used}; also reported by {others}.",
    "detail.ratio_covers": "{num} / {den} (the organisations the figure covers)",
    "missing.zero_plan": "the plan is 0",
    "missing.tiny_plan": "the plan is too close to 0 to divide by",
    "note.credit_funds_removed": (
        "Counted without credit funds (the total less the credit funds the report gives), "
        "to stand beside counts that exclude them: {places}."
    ),
    "note.ranges_by_lower_end": "Ranges are ranked by their lower end: {places}.",
    "note.other_scopes": "Not ranked here: {places} (rank --scope {scope} ranks them among their kind).",
    "title.rank_regions": "Regions by {metric:lower}",
    "title.rank_base_regions": "Regions by {metric:lower} ({base})",
    "note.country_not_ranked": "{place}: the whole country is not ranked with its parts.",
    # errors (English in every language)
    "error.incomplete_units": "{units:semi}",
    # htx add's notices
    "add.appended": "appended {province} {period} to {path}",
    "add.replaced": "replaced {province} {period} in {path}",
    "add.removed_leftover": "removed {leftover}, left by an htx add that was stopped before it finished",
    "add.owner_changed": "{path} now belongs to {now}, no longer to {before}: only root can give a file away",
    # htx add's refusals (errors: English in every language)
    "error.add.not_regular": "{path}: is a {kind}, not a regular file; htx add writes only to a TOML file",
    "hint.add.not_regular": "give --data the data file itself",
    "file_kind.directory": "directory",
    "file_kind.fifo": "named pipe (FIFO)",
    "file_kind.char_device": "character device",
    "file_kind.block_device": "block device",
    "file_kind.socket": "socket",
    "file_kind.other": "special file",
    "error.add.hard_links": (
        "{path}: has {others} other hard link(s); replacing it would leave them with the old text"
    ),
    "hint.add.hard_links": "make it a file of its own first: cp {path} {path}.new && mv {path}.new {path}",
    "error.add.read_only": "{path}: is read-only for you (mode {mode}); htx add does not replace it",
    "hint.add.read_only": "make it writable first (chmod u+w {path}) if the change is meant",
    "error.add.interrupted_unchanged": "interrupted: nothing written; {path} is as it was",
    "error.add.interrupted_written": "interrupted after the report was written; {path} holds it, whole",
    "error.set.not_key_value": "--set {given}: not KEY=VALUE (e.g. --set cooperatives.total=322)",
    "error.set.empty_key": "--set {given}: a part of the key is empty (e.g. --set cooperatives.total=322)",
    "error.set.given_by_the_command": "--set {key}: the {key} is given by {by}, not by --set",
    "error.arg.surrogate": (
        "{what} holds {char}, a byte the terminal's encoding could not read as text; type it again in UTF-8"
    ),
    "error.json.encoding": (
        "{name}: not UTF-8 text (byte {offset}); save it as UTF-8 "
        "(UTF-16 or UTF-32 with a byte-order mark is read too)"
    ),
    "error.json.null": "{name}: {key} is null, which TOML cannot hold: leave the key out",
    "error.json.surrogate": "{name}: {key} holds {char}, half of a UTF-16 pair, which UTF-8 cannot write",
    "error.json.too_deep": "{name}: {key} is nested more than {limit} levels deep; a report nests a few",
    "error.json.too_long": "{name}: a number of more than {digits} digits; no figure is that long",
    "error.add.cannot_write": "{path}: could not write ({reason}); the file is unchanged",
    "error.add.not_report_tables": (
        "{path}: its reports are not [[report]] tables (report = [...]); "
        "htx add changes only [[report]] blocks"
    ),
    "hint.add.not_report_tables": (
        "write each report as a [[report]] table (docs/data-format.md), then run htx add again"
    ),
    "error.add.self_check": (
        "{path}: the new text would not read as the old file with this one report added; nothing written"
    ),
    "hint.add.self_check": "a bug in htx: please report it, with the file if you can",
}
