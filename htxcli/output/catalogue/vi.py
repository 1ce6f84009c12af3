"""Every message htx prints, in Vietnamese: id -> template (the ids and fields of en.py)."""

MESSAGES = {
    # table columns
    "column.section": "mục",
    "column.item": "chỉ tiêu",
    "column.value": "giá trị",
    "column.origin": "nguồn",
    "column.basis": "cơ sở",
    "column.province": "tỉnh",
    "column.period": "kỳ",
    "column.kind": "loại",
    "column.status": "tình trạng",
    "column.publisher": "đơn vị công bố",
    "column.metric": "chỉ số",
    "column.rank": "hạng",
    "column.from": "từ",
    "column.to": "đến",
    "column.change": "thay đổi",
    "column.relative": "tương đối",
    "column.annualised": "theo năm",
    "column.not_available_because": "lý do không có",
    "column.origin_or_reason": "nguồn / lý do",
    "column.unit": "đơn vị",
    "column.label": "tên",
    "column.label_vi": "tên tiếng Việt",
    "column.formula": "công thức",
    "column.id": "mã",
    "column.scope": "phạm vi",
    "column.used": "dùng",
    "answer.yes": "có",
    "answer.no": "không",
    # where a value comes from
    "origin.stated": "báo cáo",
    "origin.computed": "tính toán",
    "origin.none": "không có",
    # show
    "heading.report_actual": "{province}, {period} ({kind}, số liệu thực hiện)",
    "heading.report_estimated": "{province}, {period} ({kind}, số liệu ước tính)",
    "heading.source": 'Nguồn: {publisher}, "{title}"',
    "heading.source_dated": 'Nguồn: {publisher}, "{title}", {date}',
    "heading.of_province": "{province}: {section}",
    "row.by_sector": "Theo lĩnh vực: {label}",
    "row.members_by_sector": "Thành viên theo lĩnh vực: {label}",
    "row.rated": "Xếp loại: {label}",
    "row.target": "{label}",
    "row.target_period": "{label} ({period})",
    "row.plan": "{label}, kế hoạch {plan}",
    "figure.with_credit_funds": "gồm cả quỹ tín dụng",
    "basis.report_pct": "báo cáo: {pct:d1}%",
    "basis.report_value": "báo cáo: {value}",
    "caption.not_computable": "Không tính được, thiếu số liệu cho: {labels}",
    # compare and rank
    "head.report": "{province} ({period})",
    "head.report_estimated": "{province} ({period}, ước)",
    "caption.lacks": "Không có số liệu của {province}: {metrics}.",
    "caption.sum_lacks": "{province} – {metrics}: {reason}.",
    "caption.time_unit_unknown": (
        "{metrics}: một báo cáo không nêu theo tháng hay theo năm; không xếp dẫn đầu."
    ),
    "note.contradiction": "† Mâu thuẫn trong nguồn, giữ nguyên như báo cáo: {reason}",
    "group.with_credit_funds": "Số HTX có tính cả quỹ tín dụng nhân dân",
    "group.without_credit_funds": "Số HTX không tính quỹ tín dụng nhân dân",
    "group.credit_funds_unknown": "Báo cáo không nêu có tính quỹ tín dụng nhân dân hay không",
    "group.unranked": "Không xếp hạng",
    "note.ranked_apart": (
        "Có báo cáo tính cả quỹ tín dụng nhân dân vào số HTX, có báo cáo không: mỗi cách tính xếp hạng riêng."
    ),
    "reason.bases_differ": "có số liệu tính cả quỹ tín dụng nhân dân, có số liệu không",
    "caption.bases_differ": (
        "{metrics}: có số HTX tính cả quỹ tín dụng nhân dân, có số không; không xếp dẫn đầu."
    ),
    "heading.credit_funds_True": "{section}, tính cả quỹ tín dụng nhân dân",
    "heading.credit_funds_False": "{section}, không tính quỹ tín dụng nhân dân",
    "reason.of_province": "{province}: {reason}",
    "reason.time_unit_unknown_rank": (
        "báo cáo không nêu theo tháng hay theo năm: không xếp hạng cùng các số liệu có nêu"
    ),
    "reason.flow_lengths_differ": "số phát sinh trong {a} và trong {b} khác độ dài kỳ: không so sánh được",
    "reason.time_unit_unknown": "một báo cáo không nêu đơn vị thời gian",
    "note.leader": (
        "* đánh dấu tỉnh dẫn đầu mỗi dòng (thấp nhất khi càng thấp càng tốt); không có: không tính được"
    ),
    "title.rank": "Xếp hạng các tỉnh theo {metric:lower}",
    "title.rank_base": "Xếp hạng các tỉnh theo {metric:lower} ({base})",
    # growth
    "suffix.points": " điểm %",
    "suffix.per_year": "%/năm",
    "basis.two_reports": "tính từ hai báo cáo",
    "basis.from_stated_rate": "suy ra từ tỷ lệ tăng {rate} so với cùng kỳ ({period})",
    "basis.from_stated_start": "suy ra từ giá trị đầu kỳ {period} theo báo cáo",
    "basis.from_stated_change": "suy ra từ mức tăng {change} so với {period} theo báo cáo",
    "basis.prints_now": "báo cáo ghi {value} hiện nay",
    "implied.start_of": "đầu kỳ {period}",
    "implied.label": "{kind}: {figure:lower}",
    # notes above a table
    "note.part_of_new_unit": "{province} thuộc {unit} mới từ ngày {date} (cùng {others}).",
    "note.larger_unit": (
        "Từ ngày {date}, {unit} là đơn vị mới gồm {members}; các số liệu này là của {province} cũ."
    ),
    "note.unit_groups": "Từ ngày {date}, {unit} gồm {members}.",
    "note.no_data_for": "Không có số liệu của {lacking}; hiển thị: {shown}.",
    "note.sums": "Cộng từ báo cáo của các tỉnh trước sáp nhập: {sums:semi}.",
    "note.sum_of": "{unit} = {places}",
    "note.periods_differ": (
        "Các kỳ khác nhau ({spans}): số lượng so sánh được, số phát sinh trong kỳ thì không."
    ),
    "note.estimates_beside_actuals": "Số liệu ước tính ({provinces}) đặt cạnh số liệu thực hiện.",
    "note.lengths_differ": (
        "Kỳ {a} và kỳ {b} dài khác nhau: số phát sinh (thành lập mới, giải thể) không so sánh được; "
        "tốc độ tăng được quy về năm theo khoảng thời gian giữa hai cuối kỳ."
    ),
    "note.nothing_comparable": "Báo cáo {a} và {b} không có chỉ tiêu chung nào so sánh được.",
    "note.one_report": (
        "{province} chỉ có một báo cáo, và báo cáo không nêu tốc độ tăng hay giá trị đầu kỳ để suy ra."
    ),
    # the inputs of a metric
    "detail.ratio": "{num} / {den}",
    "detail.count": "{value}",
    "detail.difference": "{a} - {b}",
    "detail.without_credit_funds": "{total} - {funds} quỹ tín dụng nhân dân",
    "detail.month_x12": "{value}/tháng x 12",
    "detail.per_year": "{value}/năm",
    "detail.stated_average": "bình quân theo báo cáo, theo {per}",
    "detail.stated_average_stock": "bình quân theo báo cáo",
    "detail.stated_average_no_unit": "bình quân theo báo cáo, không nêu đơn vị thời gian",
    "detail.stated_pct": "báo cáo {pct:pct}%",
    "detail.stated_value": "theo số báo cáo nêu",
    "detail.attainment": "{actual} / {plan}",
    "detail.attainment_range": "{actual} / {low}-{high}",
    # why a metric has no value
    "missing.total": "báo cáo không nêu tổng số {kind}",
    "missing.status_count": "báo cáo không nêu số HTX {status:lower}",
    "missing.grade_count": "báo cáo không nêu số HTX xếp loại {grade:lower}",
    "missing.graded_count": "báo cáo không nêu số HTX {grade:lower}",
    "missing.grading": "báo cáo không nêu số liệu xếp loại",
    "missing.figure": "báo cáo không nêu {what:lower}",
    "missing.input_of": "báo cáo không nêu {what:lower} của {kind}",
    "missing.new": "báo cáo không nêu số {kind} thành lập mới",
    "missing.dissolved": "báo cáo không nêu số {kind} giải thể",
    "missing.zero_denominator": "mẫu số bằng 0",
    "missing.income_time_unit": "báo cáo không nói thu nhập tính theo tháng hay theo năm",
    "missing.no_target": "báo cáo không đặt chỉ tiêu {target}",
    "missing.no_actual_yet": "chỉ tiêu cho kỳ {period}; chưa có số thực hiện",
    "missing.no_actual": "chưa có số thực hiện",
    "missing.no_plan": "báo cáo không nêu kế hoạch",
    "missing.at_period": "{period}: {reason}",
    "missing.not_available": "không có",
    "missing.no_report_for": "không có báo cáo kỳ {period}",
    "missing.no_report_from": "không có báo cáo của {places}",
    "missing.no_report_for_from": "không có báo cáo kỳ {period} của {places}",
    "missing.no_common_period": "không có kỳ nào mà mọi tỉnh cũ đều có báo cáo",
    "missing.of_unit": "{unit}: {reason}",
    "missing.not_summed": "tổng của {places} không có: {why:semi}",
    "missing.for_part": "với {place}, {reason:lower}",
    "missing.unlike": "các báo cáo ghi {what:lower} khác nhau về {how}",
    "missing.not_addable": (
        "báo cáo nào cũng có, nhưng không từ số liệu cộng được với nhau"
        " (tỷ lệ hay bình quân đã in sẵn thì không cộng)"
    ),
    "missing.kind_bases": (
        "các báo cáo tính {kind} trên cơ sở khác nhau: báo cáo gồm quỹ tín dụng, báo cáo không"
    ),
    "missing.plans_not_summed": "kế hoạch, chỉ tiêu không cộng giữa các báo cáo",
    "unlike.per": "đơn vị thời gian (theo tháng, theo năm)",
    "unlike.period": "kỳ báo cáo",
    "unlike.with_credit_funds": "cơ sở tính (có hay không gồm quỹ tín dụng)",
    "unlike.criterion": "định nghĩa",
    "unlike.covers": "phạm vi (có báo cáo nêu số tổ chức được tính, có báo cáo không)",
    # schema_version 2: what a report says of a figure, sectors, national shares, sources
    "figure.change": "{change} so với {period}",
    "figure.change_yoy": "{change} so với cùng kỳ",
    "figure.status_estimated": "ước tính",
    "figure.status_actual": "thực hiện",
    "figure.period": "kỳ {period}",
    "figure.covers": "của {n} tổ chức",
    "figure.criterion": "tiêu chí: {text}",
    "figure.national_share": "chiếm {pct:d1}% cả nước, theo báo cáo",
    "heading.national_share": "Tỷ trọng trong cả nước ({period})",
    "heading.sector": "{section}: {sector}",
    "note.other_sources": "Số liệu lấy từ {used}; nguồn khác: {others}.",
    "detail.ratio_covers": "{num} / {den} (số tổ chức có số liệu)",
    "missing.zero_plan": "kế hoạch bằng 0",
    "missing.tiny_plan": "kế hoạch quá gần 0, không chia được",
    "note.credit_funds_removed": (
        "Số HTX không tính quỹ tín dụng nhân dân (tổng số trừ số quỹ báo cáo nêu), "
        "để so sánh với số liệu không tính quỹ: {places}."
    ),
    "note.ranges_by_lower_end": "Các khoảng giá trị được xếp theo đầu dưới: {places}.",
    "note.other_scopes": "Không xếp hạng ở đây: {places} (rank --scope {scope} xếp hạng chúng với nhau).",
    "title.rank_regions": "Xếp hạng các vùng theo {metric:lower}",
    "title.rank_base_regions": "Xếp hạng các vùng theo {metric:lower} ({base})",
    "note.country_not_ranked": "{place}: số liệu cả nước không xếp hạng cùng các phần của nó.",
    # errors (English in every language)
    "error.incomplete_units": "{units:semi}",
    # htx add's notices
    "add.appended": "đã thêm báo cáo {province} {period} vào {path}",
    "add.replaced": "đã thay báo cáo {province} {period} trong {path}",
    "add.removed_leftover": "đã xoá {leftover}, tệp tạm của một lần htx add bị dừng giữa chừng",
    "add.owner_changed": (
        "{path} nay thuộc về {now}, không còn thuộc {before}: chỉ root mới trao được tệp cho người khác"
    ),
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
