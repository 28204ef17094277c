"""The match stage. Each *component* module holds the rules of one registered pipeline
component (see ``extractor/nlp.py``); the *helper* modules hold what several components
read (names of bodies, sentence subjects, posts and titles, document metadata,
deadlines). A component with several frames is a package, one module per frame
(``duties/``, ``roster/``). A component never imports another component (``tests/test_components.py``)."""

#: Modules whose rules one pipeline component runs.
COMPONENTS = ("closing", "contact_lines", "diseases", "duties", "issuer", "lead_ins", "mechanism", "remit", "roster", "tasks")
#: Modules shared by components: ``orgs`` (names of bodies in text), ``subjects`` (the
#: bodies that open a sentence), ``posts`` (titles, names, role sentences), ``docmeta``
#: (title, number, date and issuer of a notice), ``deadlines`` (deadlines and time limits),
#: ``groups`` (the working groups of a coordination body, which the mechanism's rules read),
#: ``founders`` (member units written outside a composition sentence, read by the mechanism's rules),
#: ``attendees`` (member units named by the heads attending the mechanism's meeting, read by the mechanism's rules),
#: ``after_words`` (a pattern right after a notice's own words, without compiling one per notice),
#: ``led_bodies`` (bodies each named by its head's label, read by the mechanism's and the roster's rules),
#: ``level_departments`` (a class of departments named by the governments they belong to, 县级以上人民政府X部门; read by ``subjects``),
#: ``news_head`` (a news page's headline, byline date and column labels; read by ``docmeta``),
#: ``place_subjects`` (numbered items whose subject is a place, not a body; read by the task lists),
#: ``rule_items`` (numbered items that state a rule or a list's lead-in, or describe a thing their label names, no task; read by the task lists),
#: ``score_tables`` (an assessment table copied one cell a line: one duty per block of a unit's row; read by the task lists),
#: ``sections`` (sections whose heading says their text assigns no task: goals, a report of work done, an applicant's rules; read by the task lists and the free-text duties),
#: ``task_tables`` (a task table's header and its columns; read by the task lists and the duty divisions),
#: ``own_issuer`` (a notice's words for its own issuer, 我部/本局; read by ``subjects``).
HELPERS = ("after_words", "attendees", "deadlines", "docmeta", "founders", "groups", "led_bodies", "level_departments",
           "news_head", "orgs", "place_subjects", "posts", "rule_items", "score_tables", "sections", "subjects", "task_tables",
           "own_issuer")
