//! Golden tests: the structure of the sample article and of documents written
//! for these tests, through the public API only.

use arabic_text::{Block, Document};

const SAMPLE: &str = include_str!("data/news-article.txt");
const SPEC_SHEET: &str = include_str!("data/spec-sheet.txt");

/// A block reduced to what the golden tests compare: type, text or items,
/// and table cells.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    Heading(String),
    Paragraph(String),
    List(bool, Vec<String>),
    Table(Vec<String>, Vec<Vec<String>>),
}

fn shapes(doc: &Document) -> Vec<Shape> {
    doc.blocks()
        .iter()
        .map(|b| match b {
            Block::Heading { text, .. } => Shape::Heading(text.to_string()),
            Block::Paragraph { text, .. } => Shape::Paragraph(text.to_string()),
            Block::List { ordered, items, .. } => {
                Shape::List(*ordered, items.iter().map(|i| i.text.to_string()).collect())
            }
            Block::Table { header, rows, .. } => Shape::Table(
                header.texts().iter().map(|s| s.to_string()).collect(),
                rows.iter()
                    .map(|r| r.texts().iter().map(|s| s.to_string()).collect())
                    .collect(),
            ),
            _ => unreachable!("a block kind this test does not know"),
        })
        .collect()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The level and text of each heading of `doc`.
fn heading_levels<'a>(doc: &'a Document<'a>) -> Vec<(u8, &'a str)> {
    doc.blocks()
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text, .. } => Some((*level, *text)),
            _ => None,
        })
        .collect()
}

/// Asserts that the first table of `got` has `rows` body rows and that
/// `heading` comes out as a heading (the line after a table that no blank
/// line closes).
fn assert_table_then_heading(got: &[Shape], rows: usize, heading: &str) {
    assert_eq!(first_table_rows(got), Some(rows), "{got:?}");
    assert!(
        got.contains(&Shape::Heading(heading.into())),
        "{heading} is no heading: {got:?}"
    );
}

/// The header and body rows of the first table in `got`; panics, showing
/// the blocks, when there is none.
fn first_table(got: &[Shape]) -> (&Vec<String>, &Vec<Vec<String>>) {
    match got.iter().find(|b| matches!(b, Shape::Table(..))) {
        Some(Shape::Table(header, rows)) => (header, rows),
        _ => panic!("no table: {got:?}"),
    }
}

/// How many body rows the first table among `blocks` has, if there is one.
fn first_table_rows(blocks: &[Shape]) -> Option<usize> {
    blocks.iter().find_map(|b| match b {
        Shape::Table(_, rows) => Some(rows.len()),
        _ => None,
    })
}

#[test]
fn sample_article_structure() {
    let doc = Document::parse(SAMPLE);
    assert_eq!(
        doc.title(),
        Some("فريق “صدام حفتر”.. تفاصيل لقاء نائب القائد العام للقوات المسلحة ورئيس الأركان")
    );
    let got = shapes(&doc);
    let kinds: Vec<&str> = doc.blocks().iter().map(|b| b.kind()).collect();
    assert_eq!(
        kinds,
        [
            "paragraph",
            "heading",
            "paragraph",
            "heading",
            "paragraph",
            "list",
            "heading",
            "paragraph",
            "table",
            "paragraph"
        ]
    );
    assert_eq!(
        got[1],
        Shape::Heading("أبعاد لقاء نائب القائد العام للقوات المسلحة في باريس".into())
    );
    assert_eq!(
        got[3],
        Shape::Heading("تطورات التعاون العسكري تحت إشراف الفريق صدام حفتر".into())
    );
    assert_eq!(
        got[6],
        Shape::Heading("أهداف استراتيجية يسعى نائب القائد العام للقوات المسلحة لتحقيقها".into())
    );
    assert_eq!(
        got[5],
        Shape::List(
            false,
            strings(&[
                "تطوير برامج التدريب التخصصي للوحدات القتالية والرفع من جاهزيتها.",
                "بناء القدرات الفنية في مجالات المراقبة والاتصالات العسكرية الحديثة.",
                "تبادل الخبرات الميدانية في مجال مكافحة الإرهاب وتأمين المنشآت الحيوية.",
                "تقديم الاستشارات التقنية لتحديث البنية التحتية العسكرية المحلية.",
                "تنسيق الجهود الاستخباراتية لمراقبة التحركات المشبوهة في نطاق العمليات.",
            ])
        )
    );
    assert_eq!(
        got[8],
        Shape::Table(
            strings(&["جانب التعاون", "الأثر المتوقع"]),
            vec![
                strings(&[
                    "التطوير العسكري",
                    "تحديث التكتيكات القتالية والقدرات الهجومية والدفاعية."
                ]),
                strings(&[
                    "تبادل الخبرات",
                    "صقل مهارات الضباط والجنود من خلال الاحتكاك الدولي."
                ]),
                strings(&[
                    "المصالح المشتركة",
                    "تحقيق توازن أمني يخدم الاستقرار الاقتصادي والسياسي."
                ]),
            ]
        )
    );
}

#[test]
fn sample_spans_point_at_texts() {
    let doc = Document::parse(SAMPLE);
    assert_eq!(&SAMPLE[doc.title_span().unwrap()], doc.title().unwrap());
    for block in doc.blocks() {
        match block {
            Block::Heading { text, span, .. } => assert_eq!(&SAMPLE[*span], *text),
            Block::Paragraph { text, span } => assert_eq!(&SAMPLE[*span], text),
            Block::List { items, .. } => items
                .iter()
                .for_each(|i| assert_eq!(&SAMPLE[i.span], i.text)),
            Block::Table { header, rows, .. } => {
                for row in std::iter::once(header).chain(rows) {
                    row.cells
                        .iter()
                        .for_each(|c| assert_eq!(&SAMPLE[c.span], c.text));
                }
            }
            _ => unreachable!(),
        }
    }
}

#[test]
fn spec_sheet_without_blank_lines() {
    let doc = Document::parse(SPEC_SHEET);
    assert_eq!(doc.title(), Some("هاتف المدينة الجديد.."));
    assert_eq!(
        shapes(&doc),
        [
            Shape::Paragraph(
                "أعلنت الشركة اليوم عن هاتفها الجديد الذي يصل إلى الأسواق الشهر المقبل.".into()
            ),
            Shape::Heading("أبرز المزايا".into()),
            Shape::List(
                true,
                strings(&[
                    "شاشة أكبر بحواف أنحف.",
                    "بطارية تدوم يومين.",
                    "شحن سريع خلال ثلاثين دقيقة."
                ])
            ),
            Shape::Paragraph("المواصفات كما يوضح الجدول التالي:".into()),
            Shape::Table(
                strings(&["السنة", "المبيعات", "الحصة"]),
                vec![
                    strings(&["2022", "120", "15%"]),
                    strings(&["2023", "135", "18%"]),
                    strings(&["2024", "150", "21%"])
                ]
            ),
            Shape::Heading("What reviewers said".into()),
            Shape::Paragraph("The phone is light and the battery lasts two full days.".into()),
        ]
    );
}

#[test]
fn delimited_tables_and_markers() {
    let text = "مقارنة الخطط\n\nالجدول الآتي يلخص الفروق:\n\n | الأساسية | المتقدمة\nالسعر | 10 دولارات | 25 دولارا\nالتخزين | 5 غيغابايت | 50 غيغابايت\n\n١. الخطوة الأولى\n٢. الخطوة الثانية\n\n(١) بند\n(٢) بند آخر\n\n● نقطة\n○ نقطة فرعية\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert_eq!(
        got[1],
        Shape::Table(
            strings(&["", "الأساسية", "المتقدمة"]),
            vec![
                strings(&["السعر", "10 دولارات", "25 دولارا"]),
                strings(&["التخزين", "5 غيغابايت", "50 غيغابايت"])
            ]
        )
    );
    assert_eq!(
        got[2],
        Shape::List(
            true,
            strings(&["الخطوة الأولى", "الخطوة الثانية", "بند", "بند آخر"])
        )
    );
    assert_eq!(got[3], Shape::List(false, strings(&["نقطة", "نقطة فرعية"])));
}

#[test]
fn markdown_of_the_sample() {
    let md = Document::parse(SAMPLE).to_markdown();
    assert!(md.starts_with("# فريق “صدام حفتر”.."));
    assert!(md.contains("\n## أبعاد لقاء نائب القائد العام للقوات المسلحة في باريس\n"));
    assert!(md.contains("\n- تطوير برامج التدريب التخصصي للوحدات القتالية والرفع من جاهزيتها.\n"));
    assert!(md.contains("\n| جانب التعاون | الأثر المتوقع |\n| --- | --- |\n| التطوير العسكري | تحديث التكتيكات القتالية والقدرات الهجومية والدفاعية. |\n"));
}

#[cfg(feature = "serde")]
#[test]
fn json_follows_the_design_schema() {
    let doc = Document::parse("العنوان\n\nقسم\n\nفقرة.\n\n- بند\n");
    let json = serde_json::to_string(&doc).unwrap();
    assert_eq!(
        json,
        r#"{"title":"العنوان","blocks":[{"type":"heading","level":2,"text":"قسم","span":[16,22]},{"type":"paragraph","text":"فقرة.","span":[24,33]},{"type":"list","ordered":false,"items":["بند"],"span":[35,43]}]}"#
    );
}

#[test]
fn extract_example_prints_the_sample() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--example",
            "extract",
            "--",
            "--format",
            "json",
        ])
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let blocks = v["blocks"].as_array().unwrap();
    let count = |t: &str| blocks.iter().filter(|b| b["type"] == t).count();
    assert_eq!(
        (
            count("heading"),
            count("paragraph"),
            count("list"),
            count("table")
        ),
        (3, 5, 1, 1)
    );
    let table = blocks.iter().find(|b| b["type"] == "table").unwrap();
    assert_eq!(
        table["header"],
        serde_json::json!(["جانب التعاون", "الأثر المتوقع"])
    );
    assert_eq!(
        table["rows"][0],
        serde_json::json!([
            "التطوير العسكري",
            "تحديث التكتيكات القتالية والقدرات الهجومية والدفاعية."
        ])
    );
}

#[test]
fn extract_example_reports_bad_utf8() {
    let path = std::env::temp_dir().join("arabic-text-extract-bad.txt");
    std::fs::write(&path, b"\xd8\xa7\xff").unwrap();
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "extract", "--"])
        .arg(&path)
        .output()
        .expect("cargo runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("byte offset 2"), "{err}");
}

#[test]
fn captions_datelines_and_list_intros_are_text() {
    let text = "أ. سمير الحداد\n\nالخميس، 3 آذار/مارس 2022، آخر تحديث 09:30\n\nيعرض الشكل التالي مخطط الشبكة.\n\nشكل 2.4. مخطط الشبكة المنزلية\n\nتربط الشبكة الأجهزة كلها.\n\nلإضافة جهاز إلى الشبكة\n١- افتح الإعدادات.\n٢- اختر الشبكة.\n\nنصائح الأمان\n\nغيّر كلمة المرور كل شهر.\n";
    let doc = Document::parse(text);
    assert_eq!(doc.title(), Some("أ. سمير الحداد"));
    let kinds: Vec<&str> = doc.blocks().iter().map(|b| b.kind()).collect();
    assert_eq!(
        kinds,
        [
            "paragraph",
            "paragraph",
            "paragraph",
            "paragraph",
            "paragraph",
            "list",
            "heading",
            "paragraph"
        ]
    );
    assert_eq!(
        doc.blocks()[4].text(),
        Some("لإضافة جهاز إلى الشبكة"),
        "a line that says what the steps are for introduces them"
    );
}

#[test]
fn question_titles_icon_headings_and_numbered_headings() {
    let text = "هل تصلح الطاقة الشمسية لكل بيت؟\n\n\
                📚 المراجع الأساسية\n\n\
                كتب مختارة عن الطاقة المتجددة وتطبيقاتها في المنازل.\n\n\
                2. اختر الألواح المناسبة\n\n\
                * ألواح أحادية البلورة\n\
                * ألواح متعددة البلورات\n\n\
                50%\n\n\
                نسبة التوفير المتوقعة في فاتورة الكهرباء.\n";
    let doc = Document::parse(text);
    assert_eq!(doc.title(), Some("هل تصلح الطاقة الشمسية لكل بيت؟"));
    assert_eq!(
        shapes(&doc),
        vec![
            Shape::Heading("📚 المراجع الأساسية".into()),
            Shape::Paragraph("كتب مختارة عن الطاقة المتجددة وتطبيقاتها في المنازل.".into()),
            Shape::Heading("2. اختر الألواح المناسبة".into()),
            Shape::List(
                false,
                strings(&["ألواح أحادية البلورة", "ألواح متعددة البلورات"])
            ),
            Shape::Paragraph("50%".into()),
            Shape::Paragraph("نسبة التوفير المتوقعة في فاتورة الكهرباء.".into()),
        ]
    );
}

#[test]
fn aligned_rows_with_empty_trailing_cells_stay_in_the_table() {
    let text = "التوزيعات المدعومة\n\n\
                التوزيعة    arm64    amd64    s390x\n\
                Debian      نعم      نعم      نعم\n\
                Fedora      نعم      نعم\n\
                RHEL\n\
                Ubuntu      نعم      نعم      نعم\n\
                \n\
                تعمل الأداة على الأنظمة المذكورة أعلاه.\n";
    let doc = Document::parse(text);
    let cells = |r: &[&str]| strings(r);
    assert_eq!(
        shapes(&doc)[0],
        Shape::Table(
            cells(&["التوزيعة", "arm64", "amd64", "s390x"]),
            vec![
                cells(&["Debian", "نعم", "نعم", "نعم"]),
                cells(&["Fedora", "نعم", "نعم", ""]),
                cells(&["RHEL", "", "", ""]),
                cells(&["Ubuntu", "نعم", "نعم", "نعم"]),
            ]
        )
    );
}

#[test]
fn single_space_rows_with_empty_cells_stay_in_the_table() {
    // Cells joined by single spaces: an empty cell leaves one more space
    // between its neighbours, and empty cells at the end leave nothing.
    let text = "دعم المتصفحات\n\n\
                يوضح الجدول التالي دعم كل متصفح للميزة:\n\n\
                المتصفح ويندوز ماك لينكس أندرويد\n\
                Chrome نعم نعم نعم نعم\n\
                Safari  نعم\n\
                Edge نعم نعم\n\
                Firefox نعم نعم نعم نعم\n\
                Samsung Internet    نعم\n\n\
                تتحسن هذه القائمة مع كل إصدار جديد.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["المتصفح", "ويندوز", "ماك", "لينكس", "أندرويد"])
    );
    assert_eq!(
        rows,
        &vec![
            strings(&["Chrome", "نعم", "نعم", "نعم", "نعم"]),
            strings(&["Safari", "", "نعم", "", ""]),
            strings(&["Edge", "نعم", "نعم", "", ""]),
            strings(&["Firefox", "نعم", "نعم", "نعم", "نعم"]),
            strings(&["Samsung Internet", "", "", "", "نعم"]),
        ]
    );
    // The words before an empty cell may fill several cells.
    let text = "جدول اليوم\n\n\
                الوقت النشاط المدة ملاحظات\n\
                7:00 صباحاً رياضيات ساعتان قبل الإفطار\n\
                9:00 صباحاً مراجعة سريعة  بعد الدرس\n\
                10:00 صباحاً فيزياء ساعة في المكتبة\n\
                1:00 ظهراً كيمياء ساعتان مع زميل\n\n\
                هذا جدول مقترح فقط.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(rows.len(), 4, "{got:?}");
    assert_eq!(
        rows[1],
        strings(&["9:00 صباحاً", "مراجعة سريعة", "", "بعد الدرس"])
    );
}

#[test]
fn short_rows_of_a_table_with_empty_cells_end_with_empty_cells() {
    // Once a row writes an empty cell as a run of spaces, a row with fewer
    // words than columns is a row whose last cells are empty, not the
    // heading after the table; a name that no cut may split (`آي أو إس`)
    // fills one cell, and the cells left over are empty.
    let text = "دعم المنصات\n\n\
                يعمل البرنامج على عدد من أنظمة التشغيل، ويختلف الدعم من نظام لآخر.\n\n\
                يوضح الجدول التالي المعماريات المدعومة لكل نظام:\n\n\
                النظام x86 ARM RISC-V PowerPC\n\
                ويندوز نعم نعم\n\
                ماك نعم نعم\n\
                لينكس نعم نعم نعم نعم\n\
                يونكس نعم   نعم\n\
                أندرويد نعم\n\
                آي أو إس  نعم\n\n\
                تضاف معماريات جديدة مع كل إصدار رئيسي.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["النظام", "x86", "ARM", "RISC-V", "PowerPC"])
    );
    assert_eq!(
        rows,
        &vec![
            strings(&["ويندوز", "نعم", "نعم", "", ""]),
            strings(&["ماك", "نعم", "نعم", "", ""]),
            strings(&["لينكس", "نعم", "نعم", "نعم", "نعم"]),
            strings(&["يونكس", "نعم", "", "", "نعم"]),
            strings(&["أندرويد", "نعم", "", "", ""]),
            strings(&["آي أو إس", "", "نعم", "", ""]),
        ]
    );
}

#[test]
fn a_model_code_closes_a_product_name_before_the_next_name_and_its_code() {
    // `Galaxy A55 Pixel 8a`: the code binds the name before it, and the
    // word after it, which has a code of its own, opens the next name.
    let text = "مقارنة بين هاتفين من الفئة المتوسطة\n\
                \n\
                نقارن في هذه المقالة بين هاتفين من أكثر الهواتف مبيعاً هذا العام:\n\
                \n\
                المواصفات Galaxy A55 Pixel 8a\n\
                الشاشة 6.6 بوصة 6.1 بوصة\n\
                الذاكرة 8 جيجابايت 8 جيجابايت\n\
                البطارية 5000 مللي أمبير 4492 مللي أمبير\n\
                السعر 1699 ريال 1999 ريال\n\
                \n\
                إذا كانت البطارية أولويتك فاختر الأول، وإذا كنت تهتم بالتصوير فالثاني أفضل.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["المواصفات", "Galaxy A55", "Pixel 8a"]));
    assert_eq!(rows[0], strings(&["الشاشة", "6.6 بوصة", "6.1 بوصة"]));
}

#[test]
fn a_broken_plural_in_a_header_is_a_column_name() {
    // `المزايا` has the shape of a participle (`الم` and five letters) but
    // is a plural noun: it names a column, it does not qualify `الجانب`.
    let text = "العمل من المنزل: مزايا وعيوب\n\
                \n\
                أصبح العمل من المنزل خياراً شائعاً، لكنه لا يناسب الجميع. يلخص الجدول التالي أهم المزايا والعيوب:\n\
                \n\
                الجانب المزايا العيوب\n\
                الوقت توفير ساعات التنقل اليومية صعوبة الفصل بين العمل والحياة\n\
                التكلفة انخفاض مصاريف المواصلات والطعام ارتفاع فواتير الكهرباء والإنترنت\n\
                التواصل مرونة في مواعيد الاجتماعات ضعف العلاقات مع الزملاء\n\
                \n\
                وفي النهاية يبقى القرار مرتبطاً بطبيعة العمل وشخصية الموظف.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["الجانب", "المزايا", "العيوب"]));
    assert_eq!(
        rows[0],
        strings(&[
            "الوقت",
            "توفير ساعات التنقل اليومية",
            "صعوبة الفصل بين العمل والحياة"
        ])
    );
}

#[test]
fn two_grades_side_by_side_are_two_values() {
    // A grade qualifies a noun, never another grade: `متوسطة | عالية جداً
    // | عالية جداً`, not `متوسطة | عالية جداً عالية جداً`.
    let text = "مقارنة بين محررات النصوص\n\
                \n\
                جربنا ثلاثة محررات شائعة بين المبرمجين، وهذه خلاصة التجربة:\n\
                \n\
                المعيار Notepad Sublime Vim\n\
                سرعة الإقلاع متوسطة عالية جداً عالية جداً\n\
                سهولة التعلم سهلة متوسطة صعبة\n\
                الإضافات ممتازة جيدة جيدة\n\
                استهلاك الذاكرة مرتفع منخفض منخفض جداً\n\
                \n\
                لكل محرر جمهوره، والأهم أن تتقن واحداً منها.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(
        rows[0],
        strings(&["سرعة الإقلاع", "متوسطة", "عالية جداً", "عالية جداً"])
    );
}

#[test]
fn columns_of_grades_make_a_table_without_a_cue() {
    // No blank lines, no colon, no repeated value: each value column holds
    // grades only, values from a closed set, which prose cut at random
    // does not.
    let text = "مقارنة بين محررات النصوص\n\
                جربنا ثلاثة محررات شائعة بين المبرمجين، وهذه خلاصة التجربة.\n\
                المعيار Notepad Sublime Vim\n\
                سرعة الإقلاع متوسطة عالية جداً سريعة\n\
                سهولة التعلم سهلة جيدة صعبة\n\
                الإضافات محدودة ممتازة قوية\n\
                استهلاك الذاكرة مرتفع منخفض ضعيف\n\
                لكل محرر جمهوره، والأهم أن تتقن واحداً منها.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["المعيار", "Notepad", "Sublime", "Vim"]));
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[2], strings(&["الإضافات", "محدودة", "ممتازة", "قوية"]));
}

#[test]
fn a_column_of_grades_alone_takes_a_grade_alone() {
    // The `الأمان` column holds a grade alone in the other rows: the last
    // row's grade stands there alone too, and the words before it are the
    // place's (`خادم الفريق`), not `خادم | الفريق | سريعة`.
    let text = "أنواع التخزين\n\
                \n\
                يقارن الجدول التالي بين أنواع التخزين الشائعة:\n\
                \n\
                النوع مكان الحفظ السرعة الأمان أنسب استخدام\n\
                المحلي الجهاز بطيئة عند البدء ضعيف الملفات المؤقتة\n\
                السحابي خوادم الشركة متوسطة ممتاز النسخ الاحتياطية\n\
                الهجين القرص والخادم سريعة ممتاز الشركات الصغيرة\n\
                المشترك خادم الفريق سريعة ممتاز المشاريع الجماعية\n\
                \n\
                اختر النوع الذي يناسب حجم بياناتك.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(
        rows[3],
        strings(&[
            "المشترك",
            "خادم الفريق",
            "سريعة",
            "ممتاز",
            "المشاريع الجماعية"
        ])
    );
}

#[test]
fn a_grade_is_no_stranger_in_a_column_of_grades() {
    // The last row's `منخفض جداً` is a value no other row holds, but a
    // grade among grades: it does not make the row foreign to the table.
    let text = "استهلاك الأجهزة المنزلية\n\
                \n\
                تختلف الأجهزة في استهلاكها للكهرباء كثيراً، وهذه تقديرات لأسرة متوسطة:\n\
                \n\
                الجهاز القدرة الاستهلاك الترتيب\n\
                مكيف سبليت 1500 واط 360 كيلوواط مرتفع\n\
                سخان مياه 2000 واط 180 كيلوواط مرتفع\n\
                ثلاجة 150 واط 60 كيلوواط متوسط\n\
                غسالة 2100 واط 40 كيلوواط متوسط\n\
                تلفزيون 120 واط 22 كيلوواط منخفض\n\
                راوتر 10 واط 7 كيلوواط منخفض\n\
                لمبة LED 9 واط 2 كيلوواط منخفض جداً\n\
                \n\
                المكيف وحده قد يمثل نصف فاتورة الصيف.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(rows.len(), 7, "{got:?}");
    assert_eq!(rows[6].last().map(String::as_str), Some("منخفض جداً"));
}

#[test]
fn brands_written_in_arabic_letters_in_a_header_are_its_columns() {
    // `ويندوز ماك لينكس`: three indefinite words side by side would be read
    // as one name in construct; systems written in Arabic letters are
    // proper names, one column each.
    let text = "مقارنة بين أنظمة التشغيل\n\
                \n\
                لكل نظام تشغيل نقاط قوة وضعف، ويلخص الجدول التالي أبرزها:\n\
                \n\
                الخاصية ويندوز ماك لينكس\n\
                السعر مدفوع مرفق مع الجهاز مجاني\n\
                الأمان متوسط مرتفع مرتفع جداً\n\
                الألعاب ممتاز محدود متوسط\n\
                \n\
                اختر النظام الذي يناسب طبيعة عملك.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["الخاصية", "ويندوز", "ماك", "لينكس"]));
    assert_eq!(
        rows[0],
        strings(&["السعر", "مدفوع", "مرفق مع الجهاز", "مجاني"])
    );
}

#[test]
fn a_first_line_of_figures_and_units_counts_no_more_columns_than_its_rows() {
    // No header: the first line is a row like the others, a label and two
    // prices, so its words give no fourth column (`12 | جنيه 15 | جنيه`).
    let text = "أسعار الخضار في سوق الجملة اليوم\n\
                شهدت أسعار الخضار استقراراً نسبياً في سوق العبور صباح اليوم.\n\
                طماطم بلدي 12 جنيه 15 جنيه\n\
                بطاطس مصري 9 جنيه 11 جنيه\n\
                بصل أحمر 14 جنيه 17 جنيه\n\
                خيار صوب 10 جنيه 13 جنيه\n\
                كوسة 11 جنيه 14 جنيه\n\
                جزر 7 جنيه 9 جنيه\n\
                ويتوقع التجار أن تتراجع الأسعار مع دخول المحصول الجديد الأسبوع المقبل.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["طماطم بلدي", "12 جنيه", "15 جنيه"]));
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r.len() == 3), "{rows:?}");
    assert_eq!(rows[0], strings(&["بطاطس مصري", "9 جنيه", "11 جنيه"]));
}

#[test]
fn a_word_of_the_shape_of_a_third_form_participle_names_a_column() {
    // `المنافس`, `المناطق`: the shape `مفاعل` is an agent noun or a broken
    // plural more often than an adjective, so in a header it opens a name
    // of its own instead of qualifying the name before it.
    let text = "جدول مباريات المنتخب في التصفيات\n\
                يخوض المنتخب الوطني ست مباريات حاسمة في التصفيات خلال الأشهر المقبلة.\n\
                مواعيد المباريات\n\
                التاريخ المنافس الملعب التوقيت\n\
                5 سبتمبر الأردن عمّان 8:00 مساءً\n\
                10 سبتمبر العراق الرياض 9:00 مساءً\n\
                10 أكتوبر عُمان مسقط 7:00 مساءً\n\
                15 أكتوبر فلسطين الرياض 9:00 مساءً\n\
                تصريحات المدرب\n\
                أكد المدرب أن الفريق جاهز لكل المباريات وأن الهدف هو التأهل مبكراً.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["التاريخ", "المنافس", "الملعب", "التوقيت"])
    );
    assert_eq!(
        rows[0],
        strings(&["5 سبتمبر", "الأردن", "عمّان", "8:00 مساءً"])
    );
}

#[test]
fn a_word_that_opens_with_wa_goes_on_with_the_cell_before_it() {
    // `وتنميل`, `وضعف`: no cell opens with the conjunction `و`.
    let text = "أعراض نقص الفيتامينات\n\
                \n\
                قد تظهر على الجسم علامات تدل على نقص بعض الفيتامينات، وأبرزها:\n\
                \n\
                الفيتامين الأعراض المصادر الغذائية\n\
                فيتامين ب12 التعب وتنميل الأطراف اللحوم والبيض والحليب\n\
                فيتامين د آلام العظام وضعف العضلات الأسماك الدهنية والتعرض للشمس\n\
                فيتامين ج نزيف اللثة وبطء التئام الجروح البرتقال والليمون\n\
                \n\
                استشر طبيبك قبل تناول أي مكملات غذائية.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(
        rows[0],
        strings(&[
            "فيتامين ب12",
            "التعب وتنميل الأطراف",
            "اللحوم والبيض والحليب"
        ])
    );
    assert_eq!(
        rows[1],
        strings(&[
            "فيتامين د",
            "آلام العظام وضعف العضلات",
            "الأسماك الدهنية والتعرض للشمس"
        ])
    );
}

#[test]
fn a_superlative_opens_a_column_name_and_wa_keeps_a_latin_name_latin() {
    // `أفضل استخدام`: the elative heads a name of its own, no genitive of
    // `أمثلة`; `وPostgreSQL` is a Latin name after the conjunction, in the
    // cell of the name before it.
    let text = "الفرق بين أنواع قواعد البيانات\n\
                \n\
                تختلف قواعد البيانات في طريقة تخزين البيانات، وهذا ملخص سريع:\n\
                \n\
                النوع طريقة التخزين أمثلة أفضل استخدام\n\
                العلائقية جداول مترابطة بمفاتيح MySQL وPostgreSQL الأنظمة المالية والمحاسبية\n\
                المفتاح والقيمة أزواج بسيطة Redis التخزين المؤقت والجلسات\n\
                الرسومية عقد وعلاقات Neo4j الشبكات الاجتماعية والتوصيات\n\
                \n\
                اختر النوع بحسب شكل بياناتك لا بحسب شهرة الأداة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["النوع", "طريقة التخزين", "أمثلة", "أفضل استخدام"])
    );
    assert_eq!(
        rows[0],
        strings(&[
            "العلائقية",
            "جداول مترابطة بمفاتيح",
            "MySQL وPostgreSQL",
            "الأنظمة المالية والمحاسبية"
        ])
    );
}

#[test]
fn a_model_year_closes_the_latin_name_before_it() {
    // `Toyota Yaris 2025`: the year goes with the name, and the word after
    // it, no unit of a year, opens the next cell.
    let text = "أسعار سيارات تويوتا في السعودية\n\
                \n\
                جمعنا لكم أسعار أشهر طرازات تويوتا لهذا العام:\n\
                \n\
                الطراز الفئة السعر\n\
                Toyota Yaris 2025 سيدان 67,500 ريال\n\
                Toyota Camry 2025 سيدان 118,000 ريال\n\
                Toyota Hilux 2025 بيك أب 82,000 ريال\n\
                Toyota Prado 2025 عائلية 215,000 ريال\n\
                \n\
                الأسعار تقريبية وتشمل ضريبة القيمة المضافة.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(
        rows[0],
        strings(&["Toyota Yaris 2025", "سيدان", "67,500 ريال"])
    );
    assert_eq!(
        rows[2],
        strings(&["Toyota Hilux 2025", "بيك أب", "82,000 ريال"])
    );
}

#[test]
fn places_named_in_a_header_are_its_columns() {
    // `بريطانيا` is a proper name that heads no construct with `الولايات`
    // (the line is the table's header, not a heading over it), a place
    // named in two words is one name, and two places side by side are two.
    let text = "تأشيرات الدراسة\n\n\
                تختلف شروط القبول بين الدول، وهذه مقارنة سريعة:\n\n\
                المعيار بريطانيا الولايات المتحدة ألمانيا كندا\n\
                منصة التقديم UCAS CommonApp uni-assist OUAC\n\
                اختبار اللغة IELTS TOEFL TestDaF IELTS\n\
                العملة GBP USD EUR CAD\n\n\
                وننصح بالتقديم مبكراً قبل موعد بدء الدراسة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["المعيار", "بريطانيا", "الولايات المتحدة", "ألمانيا", "كندا"])
    );
    assert_eq!(rows.len(), 3, "{got:?}");
    assert_eq!(
        rows[1],
        strings(&["اختبار اللغة", "IELTS", "TOEFL", "TestDaF", "IELTS"])
    );
}

#[test]
fn a_word_with_and_the_goes_on_with_the_phrase_before_it() {
    // `والبضائع` joins `للأفراد`: the notes cell holds both.
    let text = "مواعيد المنافذ في العيد\n\n\
                حددت الهيئة مواعيد العمل في المنافذ البرية خلال العطلة.\n\n\
                المنفذ مواعيد العمل ملاحظات\n\
                منفذ الشمال على مدار الساعة للأفراد والبضائع\n\
                منفذ الجنوب من 9 صباحاً إلى 5 مساءً للأفراد فقط\n\
                منفذ الشرق من 8 صباحاً إلى 4 مساءً مغلق يوم الجمعة\n\
                منفذ الغرب من 8 صباحاً إلى 6 مساءً للأفراد والبضائع\n\n\
                ودعت الهيئة المسافرين إلى التأكد من وثائقهم.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(
        rows[0],
        strings(&["منفذ الشمال", "على مدار الساعة", "للأفراد والبضائع"])
    );
}

#[test]
fn a_couplet_after_a_colon_is_no_table() {
    // Two lines of phrases under a colon: a header over one row names its
    // columns in two words each at most, unless a figure stands in them.
    let text = "أمسية شعرية\n\n\
                وختم الشاعر الأمسية ببيتين قال فيهما:\n\n\
                على ضفاف النهر نامت قريتي\n\
                والريح تحمل للحقول حكايتي\n\n\
                وصفق الحضور طويلاً.\n";
    let got = shapes(&Document::parse(text));
    assert_eq!(first_table_rows(&got), None, "{got:?}");
    let text = "وصفة سريعة\n\n\
                مدة التحضير والطهي:\n\n\
                التحضير الطهي الحصة\n\
                20 دقيقة 15 دقيقة 4 أشخاص\n\n\
                وتقدم الأطباق ساخنة.\n";
    assert_eq!(first_table_rows(&shapes(&Document::parse(text))), Some(1));
}

#[test]
fn lines_indented_alike_open_with_no_empty_corner_cell() {
    // A header indented beyond its rows opens with an empty corner cell;
    // a margin that every line shares is the text's own.
    let text = "طقس اليوم\n\n\
                درجات الحرارة المتوقعة اليوم في المدن الكبرى:\n\n \
                المدينة الحرارة الرطوبة\n \
                الرياض 41 12%\n \
                جدة 35 70%\n \
                الدمام 38 55%\n\n\
                وتنخفض الحرارة قليلاً مساءً.\n";
    let got = shapes(&Document::parse(text));
    assert_eq!(
        first_table(&got),
        (
            &strings(&["المدينة", "الحرارة", "الرطوبة"]),
            &vec![
                strings(&["الرياض", "41", "12%"]),
                strings(&["جدة", "35", "70%"]),
                strings(&["الدمام", "38", "55%"]),
            ]
        )
    );
}

#[test]
fn a_heading_over_its_paragraph_is_no_table() {
    let text = "دليل الصيانة\nالخطوات التالية:\nتنظيف المرشح\nيجب تنظيف المرشح كل شهر لضمان كفاءة الجهاز وإطالة عمره.\n";
    let doc = Document::parse(text);
    assert!(
        !doc.blocks()
            .iter()
            .any(|b| matches!(b, Block::Table { .. })),
        "{:?}",
        shapes(&doc)
    );
}

#[test]
fn en_dash_numbers_items() {
    let text = "الخطوات\n\nاتبع ما يلي:\n\n1\u{2013} افتح الإعدادات\n2\u{2013} اختر الحساب\n";
    let doc = Document::parse(text);
    assert_eq!(
        shapes(&doc)[1],
        Shape::List(true, strings(&["افتح الإعدادات", "اختر الحساب"]))
    );
}

#[test]
fn numbered_headings_rank_below_the_section_they_open() {
    let text = "دليل الرحلة\n\nالمعالم الرئيسية\n\n1. الجامع الكبير\n\nيقع في وسط المدينة القديمة.\n\n2. السوق القديم\n\nيفتح أبوابه كل صباح.\n";
    let doc = Document::parse(text);
    assert_eq!(
        heading_levels(&doc),
        [
            (2, "المعالم الرئيسية"),
            (3, "1. الجامع الكبير"),
            (3, "2. السوق القديم")
        ]
    );
    let top = Document::parse("دليل الرحلة\n\n1. الجامع الكبير\n\nيقع في وسط المدينة.\n");
    assert!(matches!(top.blocks()[0], Block::Heading { level: 2, .. }));
}

#[test]
fn an_ordinal_heading_over_a_numbered_list_keeps_its_ordinal() {
    // `ثالثاً:` opens a section, and so does `رابعاً:` over a list numbered
    // `1)`, `2)`: a list keeps one way of numbering, so the ordinal line is
    // a heading with its ordinal, not the first item of the list.
    let text = "دليل المذاكرة\n\n\
                ثالثاً: توزيع المواد على الأسبوع\n\n\
                لا تترك مادة أكثر من ثلاثة أيام دون مراجعة.\n\n\
                رابعاً: أخطاء شائعة\n\n\
                1) السهر قبل الامتحان.\n\
                2) الاكتفاء بالقراءة دون حل.\n";
    let got = shapes(&Document::parse(text));
    assert!(
        got.contains(&Shape::Heading("رابعاً: أخطاء شائعة".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&Shape::List(
            true,
            strings(&["السهر قبل الامتحان.", "الاكتفاء بالقراءة دون حل."])
        )),
        "{got:?}"
    );
}

#[test]
fn numbered_lines_that_count_on_from_a_numbered_heading_are_headings() {
    // `1.` heads a section; `2.` and `3.` stand together with nothing under
    // `2.`, and `4.` comes after the section of `3.`: all four are headings.
    let text = "أخطاء شائعة\n\n1. نسيان الفهرس\n\nيبطئ البحث كثيراً في الجداول الكبيرة.\n\n2. أسماء غامضة\n\n3. مفاتيح مكررة\n\nتظهر عند الدمج بين جدولين.\n\n4. غياب النسخ الاحتياطي\n";
    let doc = Document::parse(text);
    assert_eq!(
        heading_levels(&doc),
        [
            (2, "1. نسيان الفهرس"),
            (2, "2. أسماء غامضة"),
            (2, "3. مفاتيح مكررة"),
            (2, "4. غياب النسخ الاحتياطي")
        ],
        "{:?}",
        shapes(&doc)
    );
    // A list that starts its own count is a list.
    let list = Document::parse(
        "خطوات\n\n1. نسيان الفهرس\n\nيبطئ البحث كثيراً.\n\nالخطوات التالية:\n\n1. افتح الملف\n2. احفظه\n",
    );
    assert_eq!(
        shapes(&list).last(),
        Some(&Shape::List(true, strings(&["افتح الملف", "احفظه"])))
    );
}

#[test]
fn a_lone_word_for_whom_heads_its_list() {
    let text = "فوائد المنصة\n\nللمطورين\n\n- كتابة أسرع\n- أخطاء أقل\n\nلتفعيل الحساب الجديد\n\n1. افتح الإعدادات\n2. اختر الحساب\n";
    let doc = Document::parse(text);
    assert_eq!(
        shapes(&doc)[0],
        Shape::Heading("للمطورين".into()),
        "{:?}",
        shapes(&doc)
    );
    assert_eq!(
        shapes(&doc)[2],
        Shape::Paragraph("لتفعيل الحساب الجديد".into())
    );
}

#[test]
fn bullets_written_indented_stand_beside_numbered_headings() {
    // The document writes every bullet as `  • `: that indentation is its
    // margin, not a nesting under the numbered line before.
    let text = "دليل الدراسة\n\nمقدمة قصيرة عن محتوى الدليل وأهدافه.\n\n  • المراجع\n  • التمارين\n\n1. أساسيات المجال\n\n  • المفاهيم الأولى\n  • المصطلحات\n\n2. التخصصات\n\n  • الشبكات\n  • البرمجيات\n";
    let doc = Document::parse(text);
    assert_eq!(
        shapes(&doc),
        vec![
            Shape::Paragraph("مقدمة قصيرة عن محتوى الدليل وأهدافه.".into()),
            Shape::List(false, strings(&["المراجع", "التمارين"])),
            Shape::Heading("1. أساسيات المجال".into()),
            Shape::List(false, strings(&["المفاهيم الأولى", "المصطلحات"])),
            Shape::Heading("2. التخصصات".into()),
            Shape::List(false, strings(&["الشبكات", "البرمجيات"])),
        ]
    );
}

#[test]
fn a_table_ends_at_the_heading_of_the_list_below_it() {
    let text = "أدوات التحليل\n\
                الأداة الاستخدام التقييم\n\
                Pandas تنظيف البيانات وتحويلها ⭐⭐⭐⭐⭐\n\
                Polars معالجة الجداول الكبيرة ⭐⭐⭐⭐\n\
                DuckDB استعلامات SQL محلية ⭐⭐⭐⭐\n\
                مصادر التعلم\n\
                * التوثيق الرسمي لكل أداة\n\
                * دورات مجانية على الإنترنت\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    let (_, rows) = first_table(&got);
    assert_eq!(rows.len(), 3, "{got:?}");
    assert!(
        got.contains(&Shape::Heading("مصادر التعلم".into())),
        "{got:?}"
    );
}

#[test]
fn a_short_line_after_a_table_heads_what_follows() {
    let text = "مقارنة الطرازات\n\
                تعرض القائمة التالية الطرازات الثلاثة:\n\
                الطراز المعالج الذاكرة السعر\n\
                ألفا X1 8GB 300\n\
                بيتا X2 16GB 450\n\
                غاما X3 32GB 700\n\
                ملاحظات الشراء\n\
                تختلف الأسعار من بلد إلى آخر كما يلي:\n\
                * في الخليج تضاف ضريبة القيمة المضافة\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert!(
        got.contains(&Shape::Table(
            strings(&["الطراز", "المعالج", "الذاكرة", "السعر"]),
            vec![
                strings(&["ألفا", "X1", "8GB", "300"]),
                strings(&["بيتا", "X2", "16GB", "450"]),
                strings(&["غاما", "X3", "32GB", "700"]),
            ]
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&Shape::Heading("ملاحظات الشراء".into())),
        "{got:?}"
    );
}

#[test]
fn the_prose_after_a_table_of_figures_is_no_row() {
    // No blank line closes the table: the sentence after it, twice as long
    // as any row and without the figure every row holds, is a paragraph.
    let text = "أسعار العملات اليوم\n\
                سجلت أسعار صرف العملات استقراراً في تعاملات اليوم.\n\
                العملة السعر\n\
                الدولار الأمريكي 3.75 ريال\n\
                اليورو 4.08 ريال\n\
                الجنيه الإسترليني 4.76 ريال\n\
                ويتوقع المحللون أن تبقى الأسعار عند مستوياتها الحالية خلال الأيام المقبلة.\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert_eq!(first_table_rows(&got), Some(3), "{got:?}");
    assert!(
        got.contains(&Shape::Paragraph(
            "ويتوقع المحللون أن تبقى الأسعار عند مستوياتها الحالية خلال الأيام المقبلة.".into()
        )),
        "{got:?}"
    );
}

#[test]
fn a_line_foreign_to_the_columns_of_figures_ends_the_table() {
    // The sentence after the table has no price where every row has three.
    let text = "أسعار الذهب اليوم\n\
                سجلت أسعار الذهب ارتفاعاً جديداً في تعاملات اليوم.\n\
                العيار سعر البيع سعر الشراء التغير\n\
                عيار 24 4 120 جنيه 4 080 جنيه +35 جنيه\n\
                عيار 21 3 605 جنيه 3 570 جنيه +30 جنيه\n\
                عيار 18 3 090 جنيه 3 060 جنيه +26 جنيه\n\
                ويرجع الارتفاع إلى صعود الأوقية عالمياً.\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert!(
        got.contains(&Shape::Table(
            strings(&["العيار", "سعر البيع", "سعر الشراء", "التغير"]),
            vec![
                strings(&["عيار 24", "4 120 جنيه", "4 080 جنيه", "+35 جنيه"]),
                strings(&["عيار 21", "3 605 جنيه", "3 570 جنيه", "+30 جنيه"]),
                strings(&["عيار 18", "3 090 جنيه", "3 060 جنيه", "+26 جنيه"]),
            ]
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&Shape::Paragraph(
            "ويرجع الارتفاع إلى صعود الأوقية عالمياً.".into()
        )),
        "{got:?}"
    );
}

#[test]
fn a_short_statement_after_two_columns_of_figures_is_no_row() {
    // One value column only, and the sentence after it no longer than a
    // row: it states something where no row does, and its value holds no
    // figure where every other row's does.
    let text = "نتائج الجولة\n\
                اختتمت الجولة العاشرة من الدوري أمس.\n\
                البند القيمة\n\
                عدد الأهداف المسجلة 28 هدفاً\n\
                متوسط الأهداف في المباراة 3.1 أهداف\n\
                أكبر عدد من الجماهير 52 ألف متفرج\n\
                عدد البطاقات الحمراء 4 بطاقات\n\
                وتستأنف المنافسات الأسبوع المقبل.\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert_eq!(first_table_rows(&got), Some(4), "{got:?}");
    assert_eq!(
        got.last(),
        Some(&Shape::Paragraph("وتستأنف المنافسات الأسبوع المقبل.".into())),
        "{got:?}"
    );
}

#[test]
fn a_line_that_opens_with_a_label_and_a_colon_is_no_row() {
    // No blank line closes the table: the heading after it, a label and a
    // colon, has as many words as a row and ends no sentence.
    let text = "المفاهيم الأساسية\n\
                يقابل كل مفهوم في الفيزياء مفهوماً في البرمجة:\n\
                الفيزياء البرمجة\n\
                الجسم الكيان\n\
                القوة الحدث\n\
                الحالة الحقل\n\
                مثال: ذراع آلية ذكية\n\
                تتلقى الذراع أمراً فتنتقل من حالة السكون إلى حالة الحركة.\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert_table_then_heading(&got, 3, "مثال: ذراع آلية ذكية");
}

#[test]
fn headings_and_their_one_line_paragraphs_are_no_table() {
    // No blank lines: short headings, each over a one-line paragraph that
    // ends the same way, alternate as no table's rows do.
    let text = "طرق نقل الملفات\n\
                استيراد الملفات من جهازك\n\
                يمكنك نقل الملفات من الحاسوب كما هو موضح هنا.\n\
                مشاركة ملفات الجهاز\n\
                يمكنك نقل الملفات عبر الكابل كما هو موضح هنا.\n\
                التخزين السحابي\n\
                يمكنك نقل الملفات من حسابك السحابي كما هو موضح هنا.\n";
    let doc = Document::parse(text);
    let got = shapes(&doc);
    assert_eq!(first_table_rows(&got), None, "{got:?}");
    assert!(
        got.contains(&Shape::Heading("مشاركة ملفات الجهاز".into())),
        "{got:?}"
    );
}

#[test]
fn a_table_that_no_blank_line_closes_ends_where_its_columns_do() {
    // No blank lines: the heading and the text after the table are in the
    // same run of short lines. The first rows show four columns; the
    // heading has fewer words than that and ends the table.
    let text = "درجات الحرارة اليوم\n\
                توقعات الأرصاد للمدن الرئيسية خلال عطلة نهاية الأسبوع\n\
                المدينة العظمى الصغرى الرطوبة\n\
                الرياض 41 28 12%\n\
                جدة 37 29 65%\n\
                أبها 27 16 40%\n\
                تبوك 35 21 18%\n\
                تنبيهات الطقس\n\
                تنشط الرياح على المناطق الشمالية مع غبار يحد من الرؤية الأفقية مساء اليوم\n";
    let got = shapes(&Document::parse(text));
    assert!(
        got.contains(&Shape::Table(
            strings(&["المدينة", "العظمى", "الصغرى", "الرطوبة"]),
            vec![
                strings(&["الرياض", "41", "28", "12%"]),
                strings(&["جدة", "37", "29", "65%"]),
                strings(&["أبها", "27", "16", "40%"]),
                strings(&["تبوك", "35", "21", "18%"]),
            ]
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&Shape::Heading("تنبيهات الطقس".into())),
        "{got:?}"
    );
    // A heading with as many words as the table has columns is no row
    // either: its words break the shapes of the columns.
    let text = "مقارنة أطر الويب\n\
                نقارن هنا بين ثلاثة أطر شائعة لبناء تطبيقات الويب\n\
                المعيار Django Laravel Rails\n\
                اللغة Python PHP Ruby\n\
                القالب Jinja Blade ERB\n\
                قاعدة البيانات PostgreSQL MySQL PostgreSQL\n\
                الترخيص BSD MIT MIT\n\
                اختيار إطار العمل المناسب\n\
                يعتمد الاختيار على خبرة الفريق باللغة وعلى حجم المشروع المتوقع\n";
    let got = shapes(&Document::parse(text));
    assert_table_then_heading(&got, 4, "اختيار إطار العمل المناسب");
    // Nor is a heading with more words than the table has columns, over
    // lines that each state something: every row so far holds a figure and
    // none ends a statement, so neither the heading nor the lines after it
    // are rows.
    let text = "أسعار الخضار في سوق الجملة\n\
                الصنف السعر الأدنى السعر الأعلى\n\
                الطماطم 4 7\n\
                البطاطس 3 5\n\
                البصل الأحمر 2 4\n\
                الخيار 5 8\n\
                نصائح للمستهلك عند الشراء من الأسواق الشعبية\n\
                قارن الأسعار بين أكثر من بائع قبل الشراء.\n\
                اشترِ الخضار الموسمية فهي الأرخص عادة.\n\
                احتفظ بالفاتورة عند الشراء بكميات كبيرة.\n";
    let got = shapes(&Document::parse(text));
    assert_table_then_heading(&got, 4, "نصائح للمستهلك عند الشراء من الأسواق الشعبية");
}

#[test]
fn a_heading_that_ends_an_announced_table_opens_the_next() {
    // No blank lines, and a cue over the first table: the heading after
    // its rows has fewer words than the table has columns, so the table
    // ends there, and the parallel lines under the heading make a table of
    // their own.
    let text = "مواصفات الأجهزة\n\
                يعرض الجدول التالي مواصفات الأجهزة الأربعة:\n\
                الجهاز الشاشة البطارية السعر\n\
                Nova 6.1 بوصة 4000 mAh 300 دولار\n\
                Orion 6.7 بوصة 5000 mAh 450 دولار\n\
                Vega 6.4 بوصة 4500 mAh 380 دولار\n\
                Lyra 6.9 بوصة 5500 mAh 520 دولار\n\
                خيارات الشحن\n\
                الخيار الوصف\n\
                fast شحن سريع بقدرة عالية\n\
                wireless شحن لاسلكي عبر قاعدة مغناطيسية\n\
                reverse شحن جهاز آخر من الهاتف\n";
    let got = shapes(&Document::parse(text));
    assert_eq!(
        got[1..],
        [
            Shape::Table(
                strings(&["الجهاز", "الشاشة", "البطارية", "السعر"]),
                vec![
                    strings(&["Nova", "6.1 بوصة", "4000 mAh", "300 دولار"]),
                    strings(&["Orion", "6.7 بوصة", "5000 mAh", "450 دولار"]),
                    strings(&["Vega", "6.4 بوصة", "4500 mAh", "380 دولار"]),
                    strings(&["Lyra", "6.9 بوصة", "5500 mAh", "520 دولار"]),
                ]
            ),
            Shape::Heading("خيارات الشحن".into()),
            Shape::Table(
                strings(&["الخيار", "الوصف"]),
                vec![
                    strings(&["fast", "شحن سريع بقدرة عالية"]),
                    strings(&["wireless", "شحن لاسلكي عبر قاعدة مغناطيسية"]),
                    strings(&["reverse", "شحن جهاز آخر من الهاتف"]),
                ]
            ),
        ],
        "{got:?}"
    );
}

#[test]
fn a_heading_over_a_header_is_no_row_of_its_table() {
    // `باقات الإنترنت` is one phrase, a noun and the noun it is annexed to:
    // cut into two cells it would be torn, so it is the heading over the
    // table, whether a cue announces the table or not.
    let rows = "باقات الإنترنت\n\
                الباقة السرعة السعر\n\
                Basic 30 ميجابت 150 جنيه\n\
                Plus 100 ميجابت 300 جنيه\n\
                Max 200 ميجابت 500 جنيه\n";
    let table = Shape::Table(
        strings(&["الباقة", "السرعة", "السعر"]),
        vec![
            strings(&["Basic", "30 ميجابت", "150 جنيه"]),
            strings(&["Plus", "100 ميجابت", "300 جنيه"]),
            strings(&["Max", "200 ميجابت", "500 جنيه"]),
        ],
    );
    for intro in [
        "تختلف الأسعار بحسب الباقة ومدة الاشتراك المختارة.",
        "تختلف الأسعار بحسب الباقة كما يلي:",
    ] {
        let text = format!("أسعار الخدمات\n{intro}\n{rows}");
        let got = shapes(&Document::parse(&text));
        assert_eq!(
            got[1..],
            [Shape::Heading("باقات الإنترنت".into()), table.clone()],
            "{got:?}"
        );
    }
}

#[test]
fn a_question_after_rows_that_ask_none_is_no_row() {
    // No blank lines: the question after the table is the next section's
    // heading, though its words could fill the table's three columns. A
    // line that opens with an interrogative asks without its mark too.
    for question in ["كيف تختار الخطة الأنسب لك؟", "متى تختار كل خطة"]
    {
        let text = format!(
            "مقارنة الخطط\n\
             نعرض الفروق بين الخطتين في الجدول التالي:\n\
             الميزة Nova Free Nova Pro\n\
             المزامنة بين الأجهزة لا نعم\n\
             عدد الحسابات 1 غير محدود\n\
             الدعم الفني البريد فقط على مدار الساعة\n\
             النسخ الاحتياطي لا نعم\n\
             {question}\n\
             يعتمد الاختيار على عدد الأجهزة التي تستخدمها كل يوم وعلى حاجتك إلى الدعم السريع.\n"
        );
        let got = shapes(&Document::parse(&text));
        assert_table_then_heading(&got, 4, question);
    }
}

#[test]
fn names_that_close_with_the_same_word_head_a_comparison() {
    // No blank lines and no cue: the header names two kinds of one thing
    // (`Shared Hosting`, `Cloud Hosting`), which says a comparison follows
    // though its values share no shape; the values of compared things are
    // phrases of like length (`Apache | Nginx`, not `Server | Apache Nginx`).
    let text = "مقارنة بين نوعين من الاستضافة\n\
                يقدم هذا المقال مقارنة سريعة بين نوعين معروفين من الاستضافة لمن يبدأ موقعه الأول.\n\
                الفرق الأساسي بين النوعين\n\
                البند Shared Hosting Cloud Hosting\n\
                السعر الشهري 3 دولارات 20 دولاراً\n\
                طريقة التوسع ترقية الخطة زيادة الموارد فوراً\n\
                الدعم الفني بطيء نسبياً سريع\n\
                Web Server Apache Nginx\n\
                قاعدة البيانات MySQL مشتركة PostgreSQL مستقلة\n\
                متى تختار كل نوع\n\
                اختر الاستضافة المشتركة لموقع صغير، والسحابية لموقع ينمو بسرعة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["البند", "Shared Hosting", "Cloud Hosting"])
    );
    assert_eq!(rows[3], strings(&["Web Server", "Apache", "Nginx"]));
    assert_eq!(
        rows[4],
        strings(&["قاعدة البيانات", "MySQL مشتركة", "PostgreSQL مستقلة"])
    );
    assert_table_then_heading(&got, 5, "متى تختار كل نوع");
}

#[test]
fn a_heading_and_its_text_after_rows_of_answers_are_no_rows() {
    // No blank lines: every row of the table answers from a closed set of
    // values (`نعم`, `لا`, `غير محدود`); the heading and the sentence after
    // it hold none of them in those columns, so both end the table.
    let text = "مقارنة الإصدارين\n\
                يوضح الجدول التالي ما يقدمه كل إصدار:\n\
                الميزة Nova Free Nova Pro\n\
                بلا إعلانات لا نعم\n\
                تعديل الوسوم نعم نعم\n\
                المزامنة السحابية لا نعم\n\
                عدد الأجهزة 3 غير محدود\n\
                النسخ الاحتياطي نعم نعم\n\
                الملفات المفضلة 3 غير محدود\n\
                جرّب Pro مجانًا\n\
                يمكنك تجربة الإصدار Pro أسبوعين كاملين قبل الاشتراك مجانًا.\n";
    let got = shapes(&Document::parse(text));
    assert_table_then_heading(&got, 6, "جرّب Pro مجانًا");
}

#[test]
fn a_header_naming_compared_things_makes_a_table_without_a_cue() {
    // No cue and no blank lines, and the values agree on nothing (free
    // phrases): the header's names after the first open with the same word,
    // so the lines are a comparison, not a run of headings.
    let text = "مقارنة الخطتين\n\
                نقارن هنا بين الخطتين من حيث الاستعمال اليومي.\n\
                الجانب الخطة الشهرية الخطة السنوية\n\
                طريقة الدفع بطاقة مصرفية تحويل بنكي\n\
                مدة الالتزام شهر واحد سنة كاملة\n\
                إلغاء الاشتراك في أي وقت بعد انتهاء المدة\n\
                الدعم الفني البريد الإلكتروني هاتف مباشر\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&["الجانب", "الخطة الشهرية", "الخطة السنوية"])
    );
    assert_eq!(rows.len(), 4, "{got:?}");
    assert!(!got
        .iter()
        .any(|b| matches!(b, Shape::Heading(h) if h.starts_with("مدة"))));
}

#[test]
fn rows_labelled_by_figures_make_a_table_without_a_cue() {
    // No cue, no blank lines, values of free phrases: every row opens with
    // a time under a header line without one, so the lines are a
    // programme, not a run of headings.
    let text = "برنامج الندوة\n\
                تعقد الندوة في قاعة المؤتمرات الكبرى بحضور عدد من الباحثين.\n\
                الوقت الفقرة المقدم\n\
                8:30 صباحاً تسجيل الحضور فريق التنظيم\n\
                9:00 صباحاً كلمة الافتتاح رئيس الجامعة\n\
                10:15 صباحاً عرض نتائج الدراسة الميدانية د. ليلى حمدان\n\
                11:45 صباحاً نقاش مفتوح مع الحضور\n\
                توصيات الندوة\n\
                خرجت الندوة بعدد من التوصيات العملية للجهات المعنية.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["الوقت", "الفقرة", "المقدم"]));
    assert_eq!(rows.len(), 4, "{got:?}");
    assert_eq!(
        rows[1],
        strings(&["9:00 صباحاً", "كلمة الافتتاح", "رئيس الجامعة"])
    );
    assert!(
        got.contains(&Shape::Heading("توصيات الندوة".into())),
        "{got:?}"
    );
}

#[test]
fn a_spec_sheet_whose_values_each_hold_a_figure_is_a_table_without_a_cue() {
    // No cue, no blank lines: the values open with figures or words, but
    // each holds a figure, in short rows.
    let text = "مواصفات الحاسوب المحمول الجديد\n\
                طرحت الشركة حاسوبها المحمول الجديد في الأسواق العربية هذا الأسبوع.\n\
                المواصفة التفاصيل\n\
                الشاشة 14 بوصة بدقة عالية\n\
                المعالج ثماني النواة بتردد 4 جيجاهرتز\n\
                الذاكرة 16 جيجابايت\n\
                البطارية تدوم 12 ساعة\n\
                نظام التشغيل ويندوز 11\n\
                ويبدأ سعر الجهاز من 4500 ريال في المتاجر المعتمدة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["المواصفة", "التفاصيل"]));
    assert_eq!(rows.len(), 5, "{got:?}");
    assert_eq!(rows[4], strings(&["نظام التشغيل", "ويندوز 11"]));
}

#[test]
fn the_word_after_a_rank_heads_its_construct() {
    // `جامعة` after the rank `٥` is no unit of it: `جامعة القاهرة` is one
    // name, and the country stands in its own column.
    let text = "ترتيب أفضل الجامعات العربية في التصنيف العالمي\n\n\
                صدر التصنيف العالمي للجامعات لهذا العام، وشهد تقدماً ملحوظاً لعدد من الجامعات العربية.\n\n\
                الترتيب العربي الجامعة الدولة الترتيب العالمي\n\
                ١ جامعة الملك عبدالعزيز السعودية ١٤٣\n\
                ٢ جامعة قطر قطر ١٧٣\n\
                ٣ الجامعة الأمريكية في بيروت لبنان ٢٣٧\n\
                ٤ جامعة خليفة الإمارات ٢٣٠\n\
                ٥ جامعة القاهرة مصر ٣٥٠\n\n\
                وأرجع خبراء التقدم إلى زيادة الإنفاق على البحث العلمي.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(rows[4], strings(&["٥", "جامعة القاهرة", "مصر", "٣٥٠"]));
}

#[test]
fn delimited_rows_a_blank_line_apart_stay_one_table() {
    // Text exported with a blank line after every line: the rows of a tab
    // or pipe table stand one blank line apart, as the first row stands
    // under the header. A blank line before a line that is no such row
    // ends the table.
    for sep in ["\t", " | "] {
        let row = |cells: &[&str]| cells.join(sep);
        let text = format!(
            "أسعار الصرف اليوم\n\nسجلت العملات الرئيسية التغيرات التالية:\n\n{}\n\n{}\n\n{}\n\n{}\n\n\nوتراجع الذهب قليلاً في ختام التعاملات.\n",
            row(&["العملة", "الشراء", "البيع"]),
            row(&["الدولار", "3.75", "3.76"]),
            row(&["اليورو", "4.05", "4.08"]),
            row(&["الجنيه", "4.71", "4.75"]),
        );
        let got = shapes(&Document::parse(&text));
        assert_eq!(
            got[1..],
            [
                Shape::Table(
                    strings(&["العملة", "الشراء", "البيع"]),
                    vec![
                        strings(&["الدولار", "3.75", "3.76"]),
                        strings(&["اليورو", "4.05", "4.08"]),
                        strings(&["الجنيه", "4.71", "4.75"]),
                    ]
                ),
                Shape::Paragraph("وتراجع الذهب قليلاً في ختام التعاملات.".into()),
            ],
            "{sep:?}: {got:?}"
        );
    }
}

#[test]
fn sections_whose_headings_hold_a_colon_are_no_table() {
    // No blank lines, and a colon over the sections: `المرحلة الأولى:
    // التأسيس` names a section, as no column name holds a label and a
    // colon, so the headings and their text are no rows.
    let text = "خطة التعلم\n\
                لكي تتعلم البرمجة من الصفر اتبع هذه المراحل:\n\
                المرحلة الأولى: التأسيس\n\
                ابدأ بفهم طريقة عمل الحاسوب والشبكات قبل أن تكتب أول سطر من الشيفرة.\n\
                المرحلة الثانية: لغة أساسية\n\
                اختر لغة واحدة وتعمق فيها حتى تكتب بها برامج صغيرة كاملة.\n";
    let got = shapes(&Document::parse(text));
    assert!(
        !got.iter().any(|b| matches!(b, Shape::Table(..))),
        "{got:?}"
    );
    assert!(
        got.contains(&Shape::Heading("المرحلة الأولى: التأسيس".into())),
        "{got:?}"
    );
}

#[test]
fn a_field_whose_label_recurs_is_no_heading() {
    // Each section closes with the same field: a label that recurs names a
    // field, while a heading's label names its own section.
    let text = "مقارنة بين ثلاثة متصفحات\n\n\
                السرعة\n\n\
                يفتح المتصفح الأول الصفحات أسرع في معظم الاختبارات.\n\n\
                الفائز: المتصفح الأول\n\n\
                الخصوصية\n\n\
                يحجب المتصفح الثاني أدوات التتبع دون أي إعداد.\n\n\
                الفائز: المتصفح الثاني\n\n\
                الإضافات\n\n\
                يتفوق المتصفحان الأول والثالث في عدد الإضافات المتاحة.\n\n\
                الفائز: تعادل\n\n\
                الخطوة التالية: اختيار المتصفح\n\n\
                جرّب كل متصفح أسبوعاً قبل أن تقرر.\n";
    let got = shapes(&Document::parse(text));
    for field in [
        "الفائز: المتصفح الأول",
        "الفائز: المتصفح الثاني",
        "الفائز: تعادل",
    ] {
        assert!(got.contains(&Shape::Paragraph(field.into())), "{got:?}");
    }
    // A label that opens one line only still heads its section.
    assert!(
        got.contains(&Shape::Heading("الخطوة التالية: اختيار المتصفح".into())),
        "{got:?}"
    );
}

#[test]
fn a_column_of_people_makes_a_table_without_blank_lines() {
    // No cue, no figures and no blank lines: the rows open with people's
    // names, which lines of prose seldom each do. They are a table of
    // names and posts, not six headings.
    let text = "مجلس إدارة جديد لشركة الموانئ\n\
                أعلنت الجمعية العمومية للشركة انتخاب مجلس إدارة جديد للدورة المقبلة.\n\
                الاسم المنصب\n\
                خالد منصور رئيس مجلس الإدارة\n\
                سارة عبد الله نائب الرئيس\n\
                ريم حسين عضو\n\
                فيصل ناصر أمين السر\n\
                وقال الرئيس الجديد إن المجلس سيعمل على تطوير الأرصفة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["الاسم", "المنصب"]));
    assert_eq!(rows.len(), 4, "{got:?}");
    assert_eq!(rows[1], strings(&["سارة عبد الله", "نائب الرئيس"]));
}

#[test]
fn a_column_of_dates_makes_a_table_without_blank_lines() {
    // No cue and no blank lines: each row opens with a date alone, a
    // schedule, not five headings.
    let text = "فعاليات الموسم الثقافي\n\
                تنظم الوزارة عدداً من الفعاليات الثقافية خلال الخريف المقبل.\n\
                التاريخ الحدث\n\
                05/09/2026 افتتاح المعرض الدولي للكتاب\n\
                12/09/2026 أمسية شعرية في دار الأوبرا\n\
                20/09/2026 مهرجان الفيلم القصير\n\
                03/10/2026 ختام الموسم وتوزيع الجوائز\n\
                وتتاح تذاكر الفعاليات عبر الموقع الرسمي للوزارة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["التاريخ", "الحدث"]));
    assert_eq!(rows.len(), 4, "{got:?}");
    assert_eq!(
        rows[1],
        strings(&["12/09/2026", "أمسية شعرية في دار الأوبرا"])
    );
}

#[test]
fn a_column_of_years_makes_a_table_without_blank_lines() {
    // No cue and no blank lines: each row opens with a year and its era
    // mark (`م`, `هـ`), or a day and month before it, a timeline, not
    // headings and paragraphs.
    let text = "تاريخ المدينة القديمة\n\
                مرت المدينة بمراحل كثيرة منذ تأسيسها على ضفة النهر.\n\
                السنة الحدث\n\
                765 م بناء السور الأول حول السوق\n\
                920 م (تقريباً) انتقال الحكم إلى القلعة الجديدة\n\
                1140 م توسعة الجامع الكبير\n\
                14 يوليو 1890 م افتتاح محطة القطار\n\
                1979 م إدراج الحي القديم في قائمة التراث\n\
                وتستقبل المدينة اليوم آلاف الزوار في كل موسم.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["السنة", "الحدث"]));
    assert_eq!(rows.len(), 5, "{got:?}");
    assert_eq!(rows[3], strings(&["14 يوليو 1890 م", "افتتاح محطة القطار"]));
}

#[test]
fn a_line_of_names_over_rows_of_figures_is_their_header() {
    // No blank lines: `خط زمني مختصر` could head two columns, but the line
    // of names under it stands over rows that each hold a figure: that
    // line is the header, the one above the heading over the table.
    let text = "قلعة الجبل عبر القرون\n\
                شيدت القلعة على تل يطل على الوادي وتعاقبت عليها دول كثيرة.\n\
                خط زمني مختصر\n\
                التاريخ الحدث\n\
                1176 م وضع حجر الأساس للقلعة على التل الشرقي\n\
                1250 م (تقريباً) بناء البرج الشمالي فوق البوابة\n\
                1310 م حفر البئر الكبرى داخل الأسوار\n\
                1402 م حصار القلعة لأربعة أشهر\n\
                1520 م (تقريباً) توسعة المسجد الملحق بالقلعة\n\
                1883 م تحويل القلعة إلى ثكنة عسكرية\n\
                1984 م افتتاح المتحف في القاعة الكبرى\n\
                وتستقبل القلعة اليوم زوارها طوال أيام الأسبوع.\n";
    assert_eq!(timeline_under_heading(text).len(), 7);
}

#[test]
fn a_range_among_years_stays_in_its_timeline_without_blank_lines() {
    // No blank lines: a row that opens with a word (`من 1640 إلى 1645 م`)
    // among rows that open with years stays in the table, and a year with
    // a bracketed word on it (`1250 م (تقريباً)`) is a date cell too.
    let text = "قلعة الجبل عبر القرون\n\
                شيدت القلعة على تل يطل على الوادي وتعاقبت عليها دول كثيرة.\n\
                خط زمني مختصر\n\
                التاريخ الحدث\n\
                1176 م وضع حجر الأساس للقلعة\n\
                1250 م (تقريباً) بناء البرج الشمالي\n\
                1310 م حفر البئر الكبرى داخل الأسوار\n\
                من 1640 إلى 1645 م ترميم الأسوار بعد الزلزال\n\
                1883 م تحويل القلعة إلى ثكنة عسكرية\n\
                1984 م افتتاح المتحف في القاعة الكبرى\n\
                وتستقبل القلعة اليوم زوارها طوال أيام الأسبوع.\n";
    let rows = timeline_under_heading(text);
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert_eq!(rows[3][0], "من 1640 إلى 1645 م");
}

/// The body rows of the table in `text`, asserting that the heading `خط
/// زمني مختصر` stands over it and that its header is `التاريخ | الحدث`.
fn timeline_under_heading(text: &str) -> Vec<Vec<String>> {
    let got = shapes(&Document::parse(text));
    assert!(
        got.contains(&Shape::Heading("خط زمني مختصر".into())),
        "{got:?}"
    );
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["التاريخ", "الحدث"]));
    rows.clone()
}

#[test]
fn a_statement_after_rows_that_state_nothing_ends_the_table() {
    // No blank lines: the sentence under the rows is the prose after the
    // table, and the line after it heads the next section.
    let text = "خطة التدريب الأسبوعية\n\
                يوزع المدرب أيام الأسبوع على النحو التالي:\n\
                اليوم التمرين\n\
                السبت تمرين القوة للجزء العلوي\n\
                الأحد مشي خفيف لمدة نصف ساعة\n\
                الاثنين تمرين القوة للجزء السفلي\n\
                الثلاثاء راحة كاملة\n\
                يبدأ الأسبوع التالي بتمرين الجزء السفلي، وهكذا يتبدل البرنامج.\n\
                تفاصيل التمارين\n\
                يبدأ كل تمرين بإحماء مدته عشر دقائق.\n";
    let got = shapes(&Document::parse(text));
    assert_table_then_heading(&got, 4, "تفاصيل التمارين");
    assert!(
        got.contains(&Shape::Paragraph(
            "يبدأ الأسبوع التالي بتمرين الجزء السفلي، وهكذا يتبدل البرنامج.".into()
        )),
        "{got:?}"
    );
    // Rows labelled by Latin terms go on through a row whose description
    // is a statement.
    let text = "تحويل القيم إلى أعداد\n\
                تتحول القيم إلى أعداد كما يلي:\n\
                القيمة الناتج\n\
                undefined NaN\n\
                null 0\n\
                string يُقرأ العدد من النص، وإن لم يكن فيه عدد فالناتج NaN.\n\
                أمثلة:\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(rows.len(), 3, "{got:?}");
}

#[test]
fn a_row_that_opens_with_a_word_does_not_end_a_table_of_times() {
    // Between blank lines, the rows of a timetable go on to the blank line
    // although one of them opens with a word (`من`), not a time.
    let text = "برنامج اليوم الدراسي\n\
                \n\
                يوزع الجدول التالي ساعات اليوم بين المواد والاستراحات.\n\
                \n\
                الوقت النشاط المدة\n\
                8:00 – 9:30 صباحاً الرياضيات ساعة ونصف\n\
                9:30 – 10:00 صباحاً استراحة قصيرة نصف ساعة\n\
                10:00 – 11:30 صباحاً اللغة العربية ساعة ونصف\n\
                من 11:30 ظهراً إلى 2 عصراً غداء وراحة ساعتان ونصف\n\
                2:00 – 3:00 عصراً مراجعة الواجبات ساعة\n\
                \n\
                ويمكن تحريك المواعيد بحسب ظروف كل أسرة.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["الوقت", "النشاط", "المدة"]));
    assert_eq!(rows.len(), 5, "{got:?}");
    assert_eq!(rows[4][0], "2:00 – 3:00 عصراً", "{got:?}");
}

#[test]
fn rows_that_open_with_ranks_make_a_table_without_blank_lines() {
    // No cue and no blank lines: rows that open with ranks in sequence, in
    // ordinal words here, are a table, not three headings.
    let text = "جدول صرف المعاشات لشهر يناير\n\
                أعلنت الهيئة مواعيد صرف معاشات شهر يناير بعد إضافة الزيادة السنوية.\n\
                المرحلة الفئة موعد الصرف\n\
                الأولى أصحاب المعاشات المبكرة من 1 إلى 5 يناير\n\
                الثانية معاشات العجز والوفاة من 6 إلى 10 يناير\n\
                الثالثة باقي المعاشات من 11 إلى 15 يناير\n\
                ويمكن صرف المعاش من مكاتب البريد أو ماكينات الصراف الآلي.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["المرحلة", "الفئة", "موعد الصرف"]));
    assert_eq!(rows.len(), 3, "{got:?}");
    assert_eq!(
        rows[1],
        strings(&["الثانية", "معاشات العجز والوفاة", "من 6 إلى 10 يناير"])
    );
}

#[test]
fn a_last_row_over_a_footnote_stays_in_its_table() {
    // The row over the bulleted footnote holds figures as every row does:
    // it is the table's last row, not a heading over the list.
    let text = "نمو الصادرات غير النفطية\n\
                وتوزعت الصادرات على النحو التالي (بالمليار ريال):\n\
                القطاع 2024 2025\n\
                البتروكيماويات 21.4 24.1\n\
                البلاستيك 9.8 11.2\n\
                الأغذية 3.9 4.6\n\
                * أرقام أولية\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(rows.len(), 3, "{got:?}");
    assert_eq!(rows[2], strings(&["الأغذية", "3.9", "4.6"]));
}

#[test]
fn bracketed_qualifiers_add_no_words_to_header_names() {
    // Three names of three words each and a year in brackets: still short
    // column names, not a sentence over the lines after it.
    let text = "ميزانية الأسرة\n\n\
                بند الإنفاق النسبة من الدخل (2020) النسبة من الدخل (2025)\n\
                الطعام والشراب 34% 38%\n\
                السكن والمرافق 18% 21%\n\
                التعليم 7% 6%\n\n\
                وأوصى المسح بتوسيع برامج الدعم.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(
        header,
        &strings(&[
            "بند الإنفاق",
            "النسبة من الدخل (2020)",
            "النسبة من الدخل (2025)"
        ])
    );
    assert_eq!(rows.len(), 3, "{got:?}");
}

#[test]
fn a_statement_that_opens_with_wa_after_a_table_is_prose() {
    // No blank line closes the table; the line after it opens with `و` and
    // ends a statement where no row does: the article goes on.
    let text = "تعديل وزاري محدود\n\
                وجاءت أسماء الوزراء الجدد كما يلي:\n\
                الوزارة الوزير الجديد\n\
                وزارة المالية أحمد عبد الرحمن\n\
                وزارة النقل خالد منصور\n\
                وزارة الثقافة ليلى إبراهيم\n\
                ومن المنتظر أن يعرض رئيس الوزراء برنامج الحكومة على البرلمان.\n";
    let got = shapes(&Document::parse(text));
    let (_, rows) = first_table(&got);
    assert_eq!(rows.len(), 3, "{got:?}");
    assert!(
        matches!(got.last(), Some(Shape::Paragraph(p)) if p.starts_with("ومن المنتظر")),
        "{got:?}"
    );
}

#[test]
fn a_row_of_figures_heads_no_table_under_a_header_above_it() {
    // Without blank lines, the rows under `المؤشر الرقم` also read as a
    // table of three short columns from the first row down; but a line of
    // figures heads no table when a header of names stands above it.
    let text = "تقرير البنك الدولي\n\
                صدر التقرير الجديد عن أوضاع الاقتصاد بعد عامين من الأزمة.\n\
                الأرقام الرئيسية\n\
                المؤشر الرقم\n\
                انكماش الناتج المحلي 2023 −29.4% (من أشد الانهيارات المسجلة)\n\
                انكماش الناتج المحلي 2024 −13.5%\n\
                الفقر المدقع 33% (2022) ← 71% (2024)\n\
                البطالة 32% (2022) ← 47% (2024)\n\
                التضخم 2024 170% على أساس سنوي\n\
                ويرى التقرير أن التعافي يحتاج إلى سنوات من الاستقرار.\n";
    let got = shapes(&Document::parse(text));
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["المؤشر", "الرقم"]));
    assert_eq!(
        rows[0],
        strings(&[
            "انكماش الناتج المحلي 2023",
            "−29.4% (من أشد الانهيارات المسجلة)"
        ])
    );
}

#[test]
fn figures_with_comments_make_a_table_without_blank_lines() {
    // No cue and no blank lines; each value is a figure followed by a
    // comment on it, too long for a column of short cells. The rows are a
    // table under their header, not six headings, and the heading over it
    // stays a heading.
    let text = "أبرز مؤشرات الاقتصاد في تقرير البنك المركزي\n\
                أصدر البنك المركزي تقريره السنوي الذي رصد تحسناً في عدد من المؤشرات الكلية.\n\
                المؤشرات الرئيسية\n\
                المؤشر القيمة\n\
                نمو الناتج المحلي 3.4% (مقابل 2.1% في العام السابق)\n\
                التضخم السنوي 6.8% — أدنى مستوى منذ ثلاث سنوات\n\
                عجز الموازنة −4.2% من الناتج المحلي\n\
                الدين العام 89% من الناتج المحلي\n\
                الاحتياطي الأجنبي 41.3 مليار دولار\n\
                عودة التضخم إلى المستهدف لن تتحقق قبل نهاية 2027 وفق تقديرات البنك\n\
                وأوصى التقرير بتسريع برنامج الإصلاح الضريبي وتوسيع شبكة الحماية الاجتماعية.\n";
    let got = shapes(&Document::parse(text));
    assert!(
        got.contains(&Shape::Heading("المؤشرات الرئيسية".into())),
        "{got:?}"
    );
    let (header, rows) = first_table(&got);
    assert_eq!(header, &strings(&["المؤشر", "القيمة"]));
    assert_eq!(rows.len(), 6, "{got:?}");
    assert_eq!(
        rows[1],
        strings(&["التضخم السنوي", "6.8% — أدنى مستوى منذ ثلاث سنوات"])
    );
    assert_eq!(
        rows[5],
        strings(&[
            "عودة التضخم إلى المستهدف",
            "لن تتحقق قبل نهاية 2027 وفق تقديرات البنك"
        ])
    );
}

#[test]
fn a_letter_numbers_an_item_only_in_sequence() {
    // `د.` alone opens a paragraph with a doctor's title; `أ.` over `ب.`
    // numbers a list.
    let text = "مؤتمر صحفي\n\n\
                قال وزير الصحة إن الوضع مستقر.\n\n\
                د. أحمد سالم، مدير المستشفى، أكد أن الأسرّة متوفرة.\n\n\
                وتشمل الخطة مرحلتين:\n\n\
                أ. توسيع أقسام الطوارئ\n\
                ب. تدريب الطواقم الجديدة\n";
    let got = shapes(&Document::parse(text));
    assert!(
        got.contains(&Shape::Paragraph(
            "د. أحمد سالم، مدير المستشفى، أكد أن الأسرّة متوفرة.".into()
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&Shape::List(
            true,
            strings(&["توسيع أقسام الطوارئ", "تدريب الطواقم الجديدة"])
        )),
        "{got:?}"
    );
}
