<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="8"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="9"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="12"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="13"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="14"/>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="17"/>
        <source>incomplete family</source>
        <translation>толық емес отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="18"/>
        <source>large family (4+ children)</source>
        <translation>көпбалалы отбасы (4+ бала)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="19"/>
        <source>low-income / АСП</source>
        <translation>аз қамтылған / АӘК</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="20"/>
        <source>guardianship / foster</source>
        <translation>қорғаншылық / қабылдаушы отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="21"/>
        <source>orphan</source>
        <translation>жетім бала</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="22"/>
        <source>disability (child or parent)</source>
        <translation>мүгедектік (бала немесе ата-ана)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="23"/>
        <source>emergency</source>
        <translation>төтенше жағдай</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="24"/>
        <location filename="../../pedagogue_app/services/catalog.py" line="40"/>
        <source>difficult life situation</source>
        <translation>өмірлік қиын жағдай</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="25"/>
        <source>dysfunctional family</source>
        <translation>қолайсыз отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="26"/>
        <source>migrants / кандасы</source>
        <translation>көшіп келушілер / қандастар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="29"/>
        <source>school register</source>
        <translation>мектепішілік есеп</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="30"/>
        <source>police (ОЮП)</source>
        <translation>полиция (ЮПБ) есебі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="31"/>
        <source>commission (КДНиЗП)</source>
        <translation>комиссия (КІЖҚҚК) есебі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="34"/>
        <source>learning difficulties</source>
        <translation>оқудағы қиындықтар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="35"/>
        <source>systematic unexcused absence</source>
        <translation>сабақты дәлелсіз себеппен жүйелі босату</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="36"/>
        <source>antisocial behaviour</source>
        <translation>қоғамға жат мінез-құлық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="37"/>
        <source>offence committed</source>
        <translation>құқық бұзушылық жасау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="38"/>
        <source>victim of violence</source>
        <translation>зорлық-зомбылықтан зардап шеккен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="39"/>
        <source>suicidal risk</source>
        <translation>суицид қаупі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="44"/>
        <source>mother</source>
        <translation>анасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="45"/>
        <source>father</source>
        <translation>әкесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="46"/>
        <source>stepmother</source>
        <translation>өгей шешесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="47"/>
        <source>stepfather</source>
        <translation>өгей әкесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="48"/>
        <source>grandmother</source>
        <translation>әжесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="49"/>
        <source>grandfather</source>
        <translation>атасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="50"/>
        <source>guardian</source>
        <translation>қорғаншысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="51"/>
        <source>brother or sister</source>
        <translation>бауыры (аға, іні, әпке, сіңлі)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="52"/>
        <source>other relative</source>
        <translation>басқа туысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="55"/>
        <source>1: receives targeted social assistance (АСП)</source>
        <translation>1: атаулы әлеуметтік көмек (АӘК) алады</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="56"/>
        <source>2: income below the subsistence minimum</source>
        <translation>2: табысы ең төмен күнкөріс деңгейінен төмен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="57"/>
        <source>3: orphan or without parental care</source>
        <translation>3: жетім немесе ата-ана қамқорлығынсыз қалған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="58"/>
        <source>4: family in an emergency</source>
        <translation>4: ТЖ салдарынан шұғыл көмекті қажет етеді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="59"/>
        <source>5: other, by collegial decision</source>
        <translation>5: өзге санаттар, алқалы орган шешімімен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="66"/>
        <source>special educational needs</source>
        <translation>ерекше білім беру қажеттіліктері</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="71"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="71"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="71"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="73"/>
        <source>Work</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="73"/>
        <source>Education</source>
        <translation>Білімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="73"/>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="75"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="75"/>
        <source>Evidence document No.</source>
        <translation>Растайтын құжат №</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="75"/>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="76"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="76"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="87"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="89"/>
        <source>New family</source>
        <translation>Жаңа отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="90"/>
        <source>Edit family</source>
        <translation>Отбасы деректерін өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Children at this school: %1</source>
        <translation>Осы мектепте оқитын балалары: %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="6"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="11"/>
        <source>&amp;General</source>
        <translation>&amp;Жалпы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="14"/>
        <source>&amp;Family name</source>
        <translation>&amp;Отбасы атауы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="15"/>
        <source>e.g. the surname; taken from the first member if empty</source>
        <translation>мысалы, тегі; бос болса, бірінші мүшесінен алынады</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="16"/>
        <source>&amp;Registered address</source>
        <translation>&amp;Тіркелген мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="18"/>
        <source>&amp;Actual address</source>
        <translation>&amp;Нақты мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="22"/>
        <source>&amp;Housing</source>
        <translation>Тұрғын &amp;үй жағдайы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="24"/>
        <source>Registered with p&amp;olice (ОЮП) on</source>
        <translation>&amp;Полиция (ЮПБ) есебіне қойылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="26"/>
        <source>Registered with the co&amp;mmission (КДНиЗП) on</source>
        <translation>&amp;Комиссия (КІЖҚҚК) есебіне қойылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="28"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="33"/>
        <source>&amp;Members</source>
        <translation>&amp;Мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="36"/>
        <source>Dates as DD.MM.YYYY. A valid ИИН fills the birth date.</source>
        <translation>Күндер КК.АА.ЖЖЖЖ түрінде. Дұрыс ЖСН туған күнді өзі толтырады.</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="39"/>
        <source>&amp;Add member</source>
        <translation>Мүше &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="40"/>
        <source>&amp;Remove member</source>
        <translation>Мүшені &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="47"/>
        <source>&amp;Categories and risks</source>
        <translation>&amp;Санаттар мен тәуекелдер</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="54"/>
        <source>Free meals / Всеобуч</source>
        <translation>Тегін тамақтану / Жалпыға міндетті оқыту қоры</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="56"/>
        <source>Ca&amp;tegory</source>
        <translation>Санат&amp;ы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="58"/>
        <source>E&amp;vidence document</source>
        <translation>&amp;Растайтын құжат</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="60"/>
        <source>Valid &amp;until</source>
        <translation>Жарамдылық мерз&amp;імі</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="67"/>
        <source>Risk factors</source>
        <translation>Тәуекел факторлары</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="69"/>
        <source>Alcohol or drugs</source>
        <translation>Алкоголь немесе есірткі</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="70"/>
        <source>Domestic violence</source>
        <translation>Тұрмыстық зорлық-зомбылық</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="71"/>
        <source>Protection order issued</source>
        <translation>Қорғау нұсқамасы берілген</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="72"/>
        <source>A parent imprisoned</source>
        <translation>Ата-анасының бірі бас бостандығынан айырылған</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="73"/>
        <source>Unemployment</source>
        <translation>Жұмыссыздық</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="74"/>
        <source>Children left with relatives</source>
        <translation>Балалар туыстарының қарауына қалдырылған</translation>
    </message>
</context>
<context>
    <name>FamilyListPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="140"/>
        <source>%n family(ies) shown</source>
        <translation>
            <numerusform>%n отбасы көрсетілген</numerusform>
            <numerusform>%n отбасы көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/family_list_page.ui" line="8"/>
        <source>Search by family or member name…</source>
        <translation>Отбасы атауы немесе мүшесінің аты бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/family_list_page.ui" line="9"/>
        <source>&amp;New family…</source>
        <translation>&amp;Жаңа отбасы…</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <location filename="../../ui/family_picker.ui" line="6"/>
        <source>Choose a family</source>
        <translation>Отбасын таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/family_picker.ui" line="8"/>
        <source>Search by family or member name…</source>
        <translation>Отбасы атауы немесе мүшесінің аты бойынша іздеу…</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="206"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="207"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="208"/>
        <source>Categories</source>
        <translation>Санаттары</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="68"/>
        <source>Students</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="68"/>
        <source>Families</source>
        <translation>Отбасылар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="72"/>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>School register</source>
        <translation>Мектеп тізілімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="76"/>
        <source>(demo: fictional data)</source>
        <translation>(демо: ойдан шығарылған деректер)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="88"/>
        <source>Student saved.</source>
        <translation>Оқушы деректері сақталды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="133"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="134"/>
        <source>School register of the social pedagogue and psychologist, version %1.
All data stays on this computer.</source>
        <translation>Әлеуметтік педагог пен психологтың мектеп тізілімі, %1 нұсқасы.
Барлық деректер тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>&amp;Register</source>
        <translation>&amp;Тізілім</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;New student…</source>
        <translation>&amp;Жаңа оқушы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>New &amp;family…</source>
        <translation>Жаңа &amp;отбасы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>F&amp;ind</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41"/>
        <source>&amp;School profile…</source>
        <translation>&amp;Мектеп деректері…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="68"/>
        <source>You are not allowed to change this record.</source>
        <translation>Бұл жазбаны өзгертуге сізде рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="81"/>
        <source>Discard the changes you made?</source>
        <translation>Енгізілген өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/school_dialog.ui" line="6"/>
        <source>School profile</source>
        <translation>Мектеп деректері</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="8"/>
        <source>These details appear on the letterhead of every document.</source>
        <translation>Бұл деректер әрбір құжаттың бланкісінде басылады.</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="12"/>
        <source>School name in &amp;Kazakh</source>
        <translation>Мектептің &amp;қазақша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="14"/>
        <source>School name in &amp;Russian</source>
        <translation>Мектептің &amp;орысша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="16"/>
        <source>&amp;BIN</source>
        <translation>&amp;БСН</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="18"/>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="22"/>
        <source>&amp;Director</source>
        <translation>&amp;Директор</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="24"/>
        <source>District &amp;education department</source>
        <translation>&amp;Аудандық білім бөлімі</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Interface &amp;language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="22"/>
        <source>There is no register at %1.</source>
        <translation>Тізілім табылмады: %1.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="23"/>
        <source>The file %1 is not a register of this program. It was not changed.</source>
        <translation>%1 файлы осы бағдарламаның тізілімі емес. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="25"/>
        <source>The register %1 is damaged and cannot be read safely. It was not changed. Restore it from a backup or call your administrator.</source>
        <translation>%1 тізілімі зақымданған, оны қауіпсіз оқу мүмкін емес. Файл өзгертілген жоқ. Оны сақтық көшірмеден қалпына келтіріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="28"/>
        <source>The register %1 was written by a newer version of this program. Install that version to open it. The file was not changed.</source>
        <translation>%1 тізілімі бағдарламаның жаңарақ нұсқасында жазылған. Оны ашу үшін сол нұсқаны орнатыңыз. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="70"/>
        <location filename="../../pedagogue_app/views/app.py" line="81"/>
        <source>School register</source>
        <translation>Мектеп тізілімі</translation>
    </message>
</context>
<context>
    <name>StudentCard</name>
    <message>
        <location filename="../../ui/student_card.ui" line="6"/>
        <source>Student card</source>
        <translation>Оқушы карточкасы</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="12"/>
        <source>&amp;Profile</source>
        <translation>&amp;Жеке деректер</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="16"/>
        <source>&amp;Family</source>
        <translation>&amp;Отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="24"/>
        <source>Open family &amp;card…</source>
        <translation>Отбасы &amp;карточкасын ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="30"/>
        <source>&amp;Register entries</source>
        <translation>&amp;Есепте тұруы</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="39"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="40"/>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағатқа жіберу</translation>
    </message>
</context>
<context>
    <name>StudentCardDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="59"/>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="64"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="64"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="65"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="66"/>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="67"/>
        <source>Registered address</source>
        <translation>Тіркелген мекенжайы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="68"/>
        <source>Actual address</source>
        <translation>Нақты мекенжайы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="68"/>
        <location filename="../../pedagogue_app/views/student_card.py" line="75"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="69"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="70"/>
        <source>Family: %1</source>
        <translation>Отбасы: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="71"/>
        <source>Not linked to a family.</source>
        <translation>Отбасымен байланыстырылмаған.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="75"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="75"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="76"/>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="77"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Register</source>
        <translation>Есеп түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Ground</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Since</source>
        <translation>Қойылған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Protocol</source>
        <translation>Хаттама №</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="81"/>
        <source>Removed</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="110"/>
        <source>Archive this student? The record is kept and can be restored here.</source>
        <translation>Оқушыны мұрағатқа жіберу керек пе? Жазба сақталады, оны осы жерден қалпына келтіруге болады.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="45"/>
        <source>New student</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="46"/>
        <source>Edit student</source>
        <translation>Оқушы деректерін өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="100"/>
        <source>The register already has a student with the same name and birth date:
%1

Save this one as a different child?</source>
        <translation>Тізілімде аты-жөні мен туған күні дәл осындай оқушы бар:
%1

Бұл оқушыны басқа бала ретінде сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="124"/>
        <location filename="../../ui/student_dialog.ui" line="46"/>
        <source>not linked</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="6"/>
        <source>Student</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="15"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="17"/>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="19"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="21"/>
        <source>&amp;ИИН</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="22"/>
        <source>12 digits; fills the birth date and sex</source>
        <translation>12 цифр; туған күні мен жынысын өзі толтырады</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="23"/>
        <source>&amp;Birth date</source>
        <translation>Туған &amp;күні</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="25"/>
        <source>S&amp;ex</source>
        <translation>Ж&amp;ынысы</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="27"/>
        <source>&amp;Class</source>
        <translation>&amp;Сынып</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="35"/>
        <source>&amp;Language of instruction</source>
        <translation>&amp;Оқыту тілі</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="37"/>
        <source>&amp;Registered address</source>
        <translation>Тіркелген &amp;мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="39"/>
        <source>&amp;Actual address</source>
        <translation>&amp;Нақты мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="41"/>
        <source>P&amp;hone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="43"/>
        <source>&amp;Family</source>
        <translation>От&amp;басы</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="48"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="49"/>
        <source>New family…</source>
        <translation>Жаңа отбасы…</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="50"/>
        <source>Unlink</source>
        <translation>Ажырату</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="53"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
</context>
<context>
    <name>StudentListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="62"/>
        <location filename="../../pedagogue_app/views/list_pages.py" line="69"/>
        <source>All classes</source>
        <translation>Барлық сыныптар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="67"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="84"/>
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>%n оқушы көрсетілген</numerusform>
            <numerusform>%n оқушы көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student_list_page.ui" line="8"/>
        <source>Search by name, ИИН or class (e.g. 5А)…</source>
        <translation>Аты-жөні, ЖСН немесе сынып бойынша іздеу (мысалы, 5А)…</translation>
    </message>
    <message>
        <location filename="../../ui/student_list_page.ui" line="11"/>
        <source>&amp;New student…</source>
        <translation>&amp;Жаңа оқушы…</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../pedagogue_app/views/student_picker.py" line="25"/>
        <source>Choose a student</source>
        <translation>Оқушыны таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/student_picker.ui" line="6"/>
        <source>Choose students</source>
        <translation>Оқушыларды таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/student_picker.ui" line="8"/>
        <source>Search by name, ИИН or class (e.g. 5А)…</source>
        <translation>Аты-жөні, ЖСН немесе сынып бойынша іздеу (мысалы, 5А)…</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="184"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="185"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="186"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="187"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="188"/>
        <source>Register</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="189"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="17"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="18"/>
        <source>Use letters, spaces, hyphens and apostrophes only.</source>
        <translation>Тек әріп, бос орын, дефис және апостроф қолдануға болады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="19"/>
        <source>The ИИН must be exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="20"/>
        <source>The 7th digit of the ИИН must be 1 to 6.</source>
        <translation>ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="21"/>
        <source>The first six digits of the ИИН are not a real date.</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="22"/>
        <source>The ИИН check digit is wrong: check for a typo.</source>
        <translation>ЖСН-нің бақылау цифры дұрыс емес: қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="23"/>
        <source>This ИИН already belongs to {name}.</source>
        <translation>Бұл ЖСН тізілімде бұрыннан бар: {name}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="24"/>
        <source>The birth date does not match the ИИН ({expected}).</source>
        <translation>Туған күні ЖСН-ге сәйкес келмейді ({expected}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="26"/>
        <source>The sex does not match the ИИН.</source>
        <translation>Жынысы ЖСН-ге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="27"/>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="28"/>
        <source>The date cannot be in the future.</source>
        <translation>Болашақ күнді енгізуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="29"/>
        <source>The date is too far in the past.</source>
        <translation>Бұл күн тым ерте.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="30"/>
        <source>A student&apos;s birth date must be within the last 25 years.</source>
        <translation>Оқушының туған күні соңғы 25 жыл ішінде болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="32"/>
        <source>The grade must be from 0 to 11.</source>
        <translation>Сынып нөмірі 0-ден 11-ге дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="33"/>
        <source>The class letter must be one letter, e.g. А or Ә.</source>
        <translation>Сынып литері бір әріп болуы керек, мысалы, А немесе Ә.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="34"/>
        <source>Choose a value from the list.</source>
        <translation>Тізімнен мәнді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="35"/>
        <source>The BIN must be exactly 12 digits.</source>
        <translation>БСН дәл 12 цифрдан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="36"/>
        <source>Phone: digits with an optional +, spaces, brackets and hyphens.</source>
        <translation>Телефон: цифрлар; +, бос орын, жақша және дефис қолдануға болады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="38"/>
        <source>The free-meals category must be 1 to 5.</source>
        <translation>Тегін тамақтану санаты 1-ден 5-ке дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="39"/>
        <source>Give the evidence document and its expiry date.</source>
        <translation>Растайтын құжатты және оның жарамдылық мерзімін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="41"/>
        <source>Family member {row}: {problem}</source>
        <translation>Отбасы мүшесі № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="42"/>
        <source>The category is listed twice.</source>
        <translation>Санат екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="43"/>
        <source>This date cannot be before {other}.</source>
        <translation>Бұл күн {other} күнінен ерте болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="44"/>
        <source>The date is too far in the future.</source>
        <translation>Күн тым алыс болашақта.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="45"/>
        <source>Enter a number from {min} to {max}.</source>
        <translation>{min}-ден {max}-ге дейінгі санды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="46"/>
        <source>Choose a student.</source>
        <translation>Оқушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="47"/>
        <source>Choose at least one.</source>
        <translation>Кемінде біреуін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="48"/>
        <source>Row {row}: {problem}</source>
        <translation>{row}-жол: {problem}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="6"/>
        <source>Welcome</source>
        <translation>Қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="15"/>
        <source>School register of the social pedagogue and psychologist</source>
        <translation>Әлеуметтік педагог пен психологтың мектеп тізілімі</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="16"/>
        <source>There is no register on this computer yet. Try the program on a fictional demo school, or create the register of your school. Everything stays on this computer.</source>
        <translation>Бұл компьютерде әлі тізілім жоқ. Бағдарламаны ойдан шығарылған демо-мектепте байқап көріңіз немесе өз мектебіңіздің тізілімін құрыңыз. Барлық деректер осы компьютерде қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="18"/>
        <source>Open the demo school</source>
        <translation>Демо-мектепті ашу</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="18"/>
        <source>600 fictional students and families to try every screen. Nothing real is stored.</source>
        <translation>Барлық терезені байқап көруге арналған ойдан шығарылған 600 оқушы мен отбасы. Нақты деректер сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="19"/>
        <source>Create the register of my school</source>
        <translation>Өз мектебімнің тізілімін құру</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="19"/>
        <source>Enter the school name in Kazakh and Russian, BIN, address and director.</source>
        <translation>Мектептің қазақша және орысша атауын, БСН-ін, мекенжайын және директорын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="47"/>
        <source>Delete clears the date.</source>
        <translation>Delete пернесі күнді тазалайды.</translation>
    </message>
</context>
</TS>
