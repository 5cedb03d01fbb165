<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="67"/>
        <source>Login name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="68"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="69"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="70"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="71"/>
        <source>Failed logins</source>
        <translation>Сәтсіз кірулер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="72"/>
        <source>Locked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="77"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="78"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="80"/>
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="264"/>
        <source>This is the last active administrator account: it cannot be disabled. Create another administrator first.</source>
        <translation>Бұл — әкімшінің соңғы белсенді есептік жазбасы: оны өшіруге болмайды. Алдымен басқа әкімші жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="268"/>
        <source>This account is disabled.</source>
        <translation>Бұл есептік жазба өшірілген.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="270"/>
        <source>This account no longer exists. The list is read again.</source>
        <translation>Бұл есептік жазба енді жоқ. Тізім қайта жүктеледі.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="273"/>
        <source>The key file of the register refused the change: %1</source>
        <translation>Тізілімнің кілт файлы өзгерісті қабылдамады: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="276"/>
        <source>The account could not be changed: %1</source>
        <translation>Есептік жазбаны өзгерту мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="361"/>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="447"/>
        <source>Only the administrator manages accounts.</source>
        <translation>Есептік жазбаларды тек әкімші басқарады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="405"/>
        <source>Account %1 created.</source>
        <translation>%1 есептік жазбасы жасалды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="413"/>
        <source>New password set for %1; the account is unlocked.</source>
        <translation>%1 үшін жаңа құпиясөз орнатылды; есептік жазба бұғаттан шығарылды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="421"/>
        <source>%1 can log in again: failed logins cleared.</source>
        <translation>%1 қайта кіре алады: сәтсіз кірулер тазартылды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="428"/>
        <source>Disable the account %1 (%2)? It can no longer log in; its records and its audit events are kept.</source>
        <translation>%1 (%2) есептік жазбасын өшіру керек пе? Ол бұдан былай кіре алмайды; оның жазбалары мен аудит оқиғалары сақталады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="432"/>
        <source>This is your own account: once the screen locks or you log out, you cannot log in with it again.</source>
        <translation>Бұл — сіздің өз есептік жазбаңыз: экран бұғатталғаннан немесе жүйеден шыққаннан кейін онымен қайта кіре алмайсыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="435"/>
        <source>Disable account</source>
        <translation>Есептік жазбаны өшіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="441"/>
        <source>Account %1 disabled.</source>
        <translation>%1 есептік жазбасы өшірілді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="454"/>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="483"/>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="471"/>
        <source>Only the administrator changes the screen lock.</source>
        <translation>Экранды бұғаттау баптауын тек әкімші өзгертеді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/accounts_page.py" line="474"/>
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Сақталды: экран %n минут әрекетсіз тұрғаннан кейін бұғатталады.</numerusform>
            <numerusform>Сақталды: экран %n минут әрекетсіз тұрғаннан кейін бұғатталады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="485"/>
        <source>Everyone who works in the register logs in with their own account. Enter or a double-click resets the password of the chosen account; Delete disables it.</source>
        <translation>Тізілімде жұмыс істейтін әркім өз есептік жазбасымен кіреді. Enter немесе екі рет шерту таңдалған есептік жазбаның құпиясөзін қалпына келтіреді; Delete оны өшіреді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="487"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="488"/>
        <source>&amp;Reset password…</source>
        <translation>Құпиясөзді қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="489"/>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="490"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Өшіру…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="491"/>
        <source>Screen lock</source>
        <translation>Экранды бұғаттау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="492"/>
        <source>Lock after idle &amp;minutes:</source>
        <translation>Әрекетсіз &amp;минуттан кейін бұғаттау:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="494"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="496"/>
        <source>For every user of this register. Ctrl+L or F12 locks the screen at once.</source>
        <translation>Осы тізілімнің барлық пайдаланушылары үшін. Ctrl+L немесе F12 экранды бірден бұғаттайды.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="210"/>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="212"/>
        <source>Each colleague gets their own account. Give them the first password in person and ask them to change it (Account → Change password…).</source>
        <translation>Әр әріптеске жеке есептік жазба беріледі. Алғашқы құпиясөзді оның өзіне жеке беріп, оны өзгертуді сұраңыз (Есептік жазба → Құпиясөзді өзгерту…).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="214"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="216"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="218"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="225"/>
        <source>&amp;Create account</source>
        <translation>&amp;Есептік жазба жасау</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="249"/>
        <source>New register: the administrator</source>
        <translation>Жаңа тізілім: әкімші</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="250"/>
        <source>Encrypt the register</source>
        <translation>Тізілімді шифрлау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="252"/>
        <source>The register will be encrypted: it opens only with the password of one of its accounts. Create the administrator first; the administrator then creates the accounts of colleagues. Next you will see the recovery key, which opens the register if every password is forgotten.</source>
        <translation>Тізілім шифрланады: ол тек өз есептік жазбаларының бірінің құпиясөзімен ашылады. Алдымен әкімшіні жасаңыз; содан кейін әкімші әріптестердің есептік жазбаларын жасайды. Одан кейін қалпына келтіру кілті көрсетіледі: барлық құпиясөз ұмытылса, тізілім сол кілтпен ашылады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="256"/>
        <source>This register was made by an earlier version of the program and is not encrypted. It will be encrypted now: first an encrypted backup copy is made in the backups folder, then the register itself is encrypted. Nothing is lost. From now on it opens only with a password: create the administrator who will log in.</source>
        <translation>Бұл тізілім бағдарламаның бұрынғы нұсқасында жасалған және шифрланбаған. Ол қазір шифрланады: алдымен сақтық көшірмелер қалтасында шифрланған сақтық көшірме жасалады, содан кейін тізілімнің өзі шифрланады. Ештеңе жоғалмайды. Бұдан былай ол тек құпиясөзбен ашылады: жүйеге кіретін әкімшіні жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="260"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="262"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="264"/>
        <source>&amp;Create the administrator</source>
        <translation>&amp;Әкімшіні жасау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="265"/>
        <source>&amp;Encrypt the register</source>
        <translation>Тізілімді &amp;шифрлау</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="178"/>
        <source>Only the administrator reads the audit log.</source>
        <translation>Аудит журналын тек әкімші қарайды.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="182"/>
        <source>The newest %n events are shown: narrow the dates to see older ones.</source>
        <translation>
            <numerusform>Ең соңғы %n оқиға көрсетілді: ертеректегілерін көру үшін күндер аралығын тарылтыңыз.</numerusform>
            <numerusform>Ең соңғы %n оқиға көрсетілді: ертеректегілерін көру үшін күндер аралығын тарылтыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="184"/>
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>%n оқиға көрсетілді.</numerusform>
            <numerusform>%n оқиға көрсетілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="193"/>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="198"/>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="206"/>
        <source>Only the administrator checks the audit log.</source>
        <translation>Аудит журналын тек әкімші тексереді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="212"/>
        <source>The log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Журнал бүтін: %n оқиға тексерілді.</numerusform>
            <numerusform>Журнал бүтін: %n оқиға тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="223"/>
        <source>The log is broken at event #%1: %2</source>
        <translation>Журнал №%1 оқиғада бұзылған: %2</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="225"/>
        <source>The log is broken at event #%1 (%2, %3): %4</source>
        <translation>Журнал №%1 оқиғада (%2, %3) бұзылған: %4</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="255"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="257"/>
        <source>Who did what and when — logins, failed logins, locks, prints, exports, account changes — never what a record says. The log cannot be edited or deleted: each event carries the hash of the one before it, so a changed or removed event is found by “Check the chain”.</source>
        <translation>Кім, не істеді және қашан — кірулер, сәтсіз кірулер, бұғаттаулар, басып шығарулар, экспорттар, есептік жазбалардағы өзгерістер; жазбаның мазмұны ешқашан жазылмайды. Журналды өңдеуге немесе жоюға болмайды: әр оқиғада алдыңғы оқиғаның хэші сақталады, сондықтан өзгертілген немесе жойылған оқиғаны «Тізбекті тексеру» анықтайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="261"/>
        <source>&amp;From:</source>
        <translation>Кезең &amp;басы:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="262"/>
        <source>&amp;To:</source>
        <translation>Кезең &amp;соңы:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="263"/>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="264"/>
        <source>&amp;Action:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="265"/>
        <source>&amp;Check the chain</source>
        <translation>&amp;Тізбекті тексеру</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="62"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="63"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="64"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="65"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="66"/>
        <source>Record type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="67"/>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
</context>
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
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="21"/>
        <source>register entry</source>
        <translation>есеп жазбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="22"/>
        <source>home visit</source>
        <translation>тұрмыстық жағдайын тексеру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="23"/>
        <source>special-needs plan</source>
        <translation>ЕБҚ қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="24"/>
        <source>psychologist session</source>
        <translation>психолог кеңесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="25"/>
        <source>incident</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="26"/>
        <source>referral letter</source>
        <translation>жолдама хат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="29"/>
        <source>home visit due</source>
        <translation>тұрмыстық жағдайын тексеру мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="30"/>
        <source>plan measure due</source>
        <translation>жоспардағы іс-шара мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="31"/>
        <source>register review due</source>
        <translation>есепті қайта қарау мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="32"/>
        <source>PMPK conclusion expires</source>
        <translation>ПМПК қорытындысының мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="33"/>
        <source>evidence document expires</source>
        <translation>растайтын құжаттың мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="34"/>
        <source>free-meals evidence expires</source>
        <translation>тегін тамақтану құжатының мерзімі бітеді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="35"/>
        <source>incident step past its deadline</source>
        <translation>оқиға бойынша қадамның мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="36"/>
        <source>session follow-up due</source>
        <translation>кеңес бойынша қайта кездесу мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="37"/>
        <source>referral reply awaited</source>
        <translation>жолдама хатқа жауап күтілуде</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="21"/>
        <source>phone call</source>
        <translation>телефон қоңырауы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="22"/>
        <source>meeting at school</source>
        <translation>мектептегі кездесу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="23"/>
        <source>visit to the family</source>
        <translation>отбасына бару</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="24"/>
        <source>text message</source>
        <translation>мәтіндік хабарлама</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="25"/>
        <source>letter or notice</source>
        <translation>хат немесе хабарландыру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="27"/>
        <source>planned visit</source>
        <translation>жоспарлы тексеру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="28"/>
        <source>unplanned visit</source>
        <translation>жоспардан тыс тексеру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="29"/>
        <source>at the request of a body</source>
        <translation>органның сұрауы бойынша</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="32"/>
        <source>living conditions satisfactory</source>
        <translation>тұрмыстық жағдайы қанағаттанарлық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="33"/>
        <source>living conditions unsatisfactory</source>
        <translation>тұрмыстық жағдайы қанағаттанарлықсыз</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="38"/>
        <source>owned</source>
        <translation>жеке меншік</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="39"/>
        <source>rented</source>
        <translation>жалға алынған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="40"/>
        <source>living with relatives</source>
        <translation>туыстарының үйінде</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="41"/>
        <source>service housing</source>
        <translation>қызметтік тұрғын үй</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="42"/>
        <source>social (municipal) housing</source>
        <translation>әлеуметтік (коммуналдық) тұрғын үй</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="43"/>
        <source>dormitory</source>
        <translation>жатақхана</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="44"/>
        <source>no housing of their own</source>
        <translation>өз баспанасы жоқ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="47"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="61"/>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="48"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="62"/>
        <source>satisfactory</source>
        <translation>қанағаттанарлық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="49"/>
        <source>needs repair</source>
        <translation>жөндеуді қажет етеді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="50"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="63"/>
        <source>unsatisfactory</source>
        <translation>қанағаттанарлықсыз</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="51"/>
        <source>dilapidated (unsafe)</source>
        <translation>апатты (тұруға қауіпті)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="54"/>
        <source>central</source>
        <translation>орталықтандырылған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="55"/>
        <source>own gas boiler</source>
        <translation>жеке газ қазандығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="56"/>
        <source>electric</source>
        <translation>электрмен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="57"/>
        <source>stove (coal, wood)</source>
        <translation>пеш (көмір, отын)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="58"/>
        <source>no heating</source>
        <translation>жылыту жоқ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="67"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="23"/>
        <source>commission for minors&apos; affairs (КДНиЗП)</source>
        <translation>кәмелетке толмағандардың істері жөніндегі комиссия (КІЖҚҚК)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="68"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="22"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="60"/>
        <source>juvenile police (ОЮП)</source>
        <translation>ювеналдық полиция (ЮПБ)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="69"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="24"/>
        <source>guardianship body</source>
        <translation>қорғаншылық және қамқоршылық органы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="70"/>
        <source>education department</source>
        <translation>білім бөлімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="71"/>
        <source>court</source>
        <translation>сот</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="72"/>
        <source>social protection department</source>
        <translation>әлеуметтік қорғау бөлімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="43"/>
        <source>violence</source>
        <translation>зорлық-зомбылық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="44"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="66"/>
        <source>bullying</source>
        <translation>буллинг</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="45"/>
        <source>cyberbullying</source>
        <translation>кибербуллинг</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="46"/>
        <source>neglect</source>
        <translation>қараусыз қалдыру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="47"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="64"/>
        <source>self-harm</source>
        <translation>өзіне зиян келтіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="48"/>
        <source>running away</source>
        <translation>үйден кетіп қалу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="49"/>
        <source>offence</source>
        <translation>құқық бұзушылық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="52"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="53"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="56"/>
        <source>target</source>
        <translation>зардап шегуші</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="57"/>
        <source>initiator</source>
        <translation>бастамашы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="58"/>
        <source>witness</source>
        <translation>куәгер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="62"/>
        <source>Children separated, safety ensured</source>
        <translation>Балалар бір-бірінен бөлініп, қауіпсіздігі қамтамасыз етілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="63"/>
        <source>School administration informed</source>
        <translation>Мектеп әкімшілігіне хабарланды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="64"/>
        <source>Police (juvenile inspector) notified</source>
        <translation>Полицияға (ювеналдық инспекторға) хабарланды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="65"/>
        <source>Parents (legal representatives) informed</source>
        <translation>Ата-анаға (заңды өкілдерге) хабарланды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="66"/>
        <source>Guardianship body informed</source>
        <translation>Қорғаншылық органына хабарланды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="67"/>
        <source>Child informed about the 111 helpline</source>
        <translation>Балаға 111 сенім телефоны туралы айтылды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="68"/>
        <source>Referred to a crisis centre</source>
        <translation>Дағдарыс орталығына жіберілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="69"/>
        <source>Psychologist consultation</source>
        <translation>Психолог кеңесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="96"/>
        <source>Disclosed in a psychologist session on {date}.</source>
        <translation>{date} күнгі психолог кеңесінде айтылды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="21"/>
        <source>PMPK (ПМПК)</source>
        <translation>ПМПК</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="25"/>
        <source>crisis centre</source>
        <translation>дағдарыс орталығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="26"/>
        <source>rehabilitation centre</source>
        <translation>оңалту орталығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="27"/>
        <source>polyclinic</source>
        <translation>емхана</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="28"/>
        <source>other organisation</source>
        <translation>басқа ұйым</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="37"/>
        <source>positive dynamics</source>
        <translation>оң динамика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="38"/>
        <source>transferred to another school</source>
        <translation>басқа мектепке ауысты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="39"/>
        <source>finished school</source>
        <translation>мектепті бітірді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="40"/>
        <source>reached the age of 18</source>
        <translation>18 жасқа толды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="41"/>
        <source>decision of the prevention council</source>
        <translation>профилактика кеңесінің шешімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="44"/>
        <source>to do</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="45"/>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="46"/>
        <source>cancelled</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="40"/>
        <source>individual consultation</source>
        <translation>жеке кеңес</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="41"/>
        <source>group session</source>
        <translation>топтық сабақ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="42"/>
        <source>family consultation</source>
        <translation>отбасылық кеңес</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="43"/>
        <source>diagnostics</source>
        <translation>диагностика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="44"/>
        <source>correctional session</source>
        <translation>түзету-дамыту сабағы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="45"/>
        <source>crisis intervention</source>
        <translation>дағдарыстық көмек</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="46"/>
        <source>psycho-education</source>
        <translation>психологиялық ағарту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="49"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="71"/>
        <source>student</source>
        <translation>оқушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="50"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="55"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="72"/>
        <source>parent</source>
        <translation>ата-ана</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="51"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="56"/>
        <source>teacher</source>
        <translation>мұғалім</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="54"/>
        <source>self-referral</source>
        <translation>өз бастамасымен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="57"/>
        <source>school administration</source>
        <translation>мектеп әкімшілігі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="59"/>
        <source>commission for minors (КДНиЗП)</source>
        <translation>кәмелетке толмағандардың істері жөніндегі комиссия (КІЖҚҚК)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="63"/>
        <source>suicidal thoughts</source>
        <translation>суицидтік ойлар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="65"/>
        <source>abuse disclosed</source>
        <translation>зорлық-зомбылық туралы айтылды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="27"/>
        <source>general curriculum</source>
        <translation>жалпы оқу бағдарламасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="28"/>
        <source>adapted curriculum</source>
        <translation>бейімделген оқу бағдарламасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="29"/>
        <source>special curriculum</source>
        <translation>арнайы оқу бағдарламасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="30"/>
        <source>individual curriculum</source>
        <translation>жеке оқу бағдарламасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="33"/>
        <source>inclusive class</source>
        <translation>инклюзивті сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="34"/>
        <source>special class</source>
        <translation>арнайы сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="35"/>
        <source>home schooling</source>
        <translation>үйде оқыту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="38"/>
        <source>speech therapist</source>
        <translation>логопед</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="39"/>
        <source>defectologist</source>
        <translation>дефектолог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="40"/>
        <source>psychologist</source>
        <translation>педагог-психолог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="41"/>
        <source>teacher assistant</source>
        <translation>педагог ассистенті</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="46"/>
        <source>delayed mental development</source>
        <translation>психикалық дамуының тежелуі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="47"/>
        <source>severe speech disorder</source>
        <translation>сөйлеу тілінің ауыр бұзылыстары</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="48"/>
        <source>hearing impairment</source>
        <translation>есту қабілетінің бұзылуы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="49"/>
        <source>visual impairment</source>
        <translation>көру қабілетінің бұзылуы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="50"/>
        <source>musculoskeletal disorder</source>
        <translation>тірек-қимыл аппаратының бұзылуы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="51"/>
        <source>autism spectrum disorder</source>
        <translation>аутизм спектрінің бұзылысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="52"/>
        <source>intellectual disability</source>
        <translation>зияткерлік бұзылыс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="53"/>
        <source>emotional and behavioural disorder</source>
        <translation>эмоциялық-еріктік және мінез-құлық бұзылысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="56"/>
        <source>speech</source>
        <translation>сөйлеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="57"/>
        <source>cognition</source>
        <translation>таным</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="58"/>
        <source>emotions</source>
        <translation>эмоциялар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="59"/>
        <source>communication</source>
        <translation>қарым-қатынас</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="60"/>
        <source>learning</source>
        <translation>оқу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="61"/>
        <source>motor skills</source>
        <translation>моторика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="62"/>
        <source>self-care</source>
        <translation>өзіне-өзі қызмет көрсету</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="63"/>
        <source>behaviour</source>
        <translation>мінез-құлық</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="67"/>
        <source>PMPK conclusion and support plan</source>
        <translation>ПМПК қорытындысы және қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="68"/>
        <source>support plan review</source>
        <translation>қолдау жоспарын қайта қарау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="36"/>
        <source>referral to the PMPK</source>
        <translation>ПМПК-ға жолдама</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="37"/>
        <source>referral to a rehabilitation centre</source>
        <translation>оңалту орталығына жолдама</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="38"/>
        <source>referral to a crisis centre</source>
        <translation>дағдарыс орталығына жолдама</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="39"/>
        <source>letter to the juvenile police (ОЮП)</source>
        <translation>ювеналдық полиция бөліміне хат (ЮПБ)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="40"/>
        <source>letter to the commission for minors&apos; affairs (КДНиЗП)</source>
        <translation>кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссияға хат (КІҚҚК)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="41"/>
        <source>letter to the guardianship body</source>
        <translation>қорғаншылық және қамқоршылық органына хат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="42"/>
        <source>referral to a polyclinic</source>
        <translation>емханаға жолдама</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="45"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="46"/>
        <source>issued, not sent</source>
        <translation>тіркелді, жіберілмеді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="47"/>
        <source>sent, reply awaited</source>
        <translation>жіберілді, жауап күтілуде</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="48"/>
        <source>reply received</source>
        <translation>жауап алынды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="49"/>
        <source>reply overdue</source>
        <translation>жауап мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="53"/>
        <source>delivered by hand</source>
        <translation>қолма-қол тапсырылды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="54"/>
        <source>by post</source>
        <translation>поштамен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="55"/>
        <source>by e-mail</source>
        <translation>электрондық поштамен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="56"/>
        <source>through the electronic document system</source>
        <translation>электрондық құжат айналымы жүйесі арқылы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="59"/>
        <source>reply to a referral</source>
        <translation>жолдамаға жауап</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="22"/>
        <source>Social passport</source>
        <translation>Әлеуметтік паспорт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="23"/>
        <source>Free meals and Vseobuch lists</source>
        <translation>Тегін тамақтану және Жалпыға бірдей оқыту тізімдері</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="24"/>
        <source>Period report</source>
        <translation>Кезең бойынша есеп</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="25"/>
        <source>Specialists&apos; workload</source>
        <translation>Мамандардың жүктемесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="26"/>
        <source>Anonymous statistics for the district</source>
        <translation>Аудан үшін жасырын статистика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="27"/>
        <source>Journal of outgoing letters</source>
        <translation>Шығыс хаттар журналы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="28"/>
        <source>Blank home-visit act forms</source>
        <translation>Үйге бару актісінің бос бланкілері</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="29"/>
        <source>Blank incident forms</source>
        <translation>Оқиға туралы бос бланкілер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="32"/>
        <source>Counts of children by family and child category, for one class or the whole school with a row per class.</source>
        <translation>Отбасы және бала санаттары бойынша балалар саны: бір сынып немесе әр сыныбы бөлек жолмен бүкіл мектеп.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="35"/>
        <source>Children by the five free-meals categories with their evidence documents; expired and soon expiring documents are flagged.</source>
        <translation>Тегін тамақтанудың бес санаты бойынша балалар растайтын құжаттарымен; мерзімі өткен және жақында өтетін құжаттар белгіленеді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="38"/>
        <source>Home visits, psychologist sessions, incidents by type, referrals and replies, register changes in the period.</source>
        <translation>Кезеңдегі үйге барулар, психолог сессиялары, түрлері бойынша оқиғалар, жолдамалар мен жауаптар, есептегі өзгерістер.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="41"/>
        <source>Children, sessions, hours and visits per specialist in the period, against the size of the school.</source>
        <translation>Кезеңдегі әр маманға келетін балалар, сессиялар, сағаттар мен барулар, мектептің көлемімен салыстырғанда.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="44"/>
        <source>Counts only, without names or ИИН; counts under 5 are hidden so that no child can be recognised.</source>
        <translation>Тек сандар, аты-жөні мен ЖСН-сыз; ешбір баланы тануға болмайтындай 5-тен кіші сандар жасырылады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="47"/>
        <source>Every letter issued in the year of the period&apos;s end.</source>
        <translation>Кезең аяқталатын жылы тіркелген барлық хаттар.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="48"/>
        <source>Pre-numbered act forms to fill by hand on days without a computer.</source>
        <translation>Компьютер жоқ күндері қолмен толтыруға арналған алдын ала нөмірленген акт бланкілері.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="50"/>
        <source>Pre-numbered incident forms to fill by hand on days without a computer.</source>
        <translation>Компьютер жоқ күндері қолмен толтыруға арналған алдын ала нөмірленген оқиға бланкілері.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="79"/>
        <source>login</source>
        <translation>кіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="80"/>
        <source>failed login</source>
        <translation>сәтсіз кіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="81"/>
        <source>logout</source>
        <translation>шығу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="82"/>
        <source>screen locked</source>
        <translation>экран бұғатталды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="83"/>
        <source>screen unlocked</source>
        <translation>экран ашылды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="84"/>
        <source>restricted record viewed</source>
        <translation>шектеулі жазба қаралды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="85"/>
        <source>printed</source>
        <translation>басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="86"/>
        <source>saved as PDF</source>
        <translation>PDF ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="87"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="88"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="89"/>
        <source>backup</source>
        <translation>сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="90"/>
        <source>restore from backup</source>
        <translation>сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="91"/>
        <source>account created</source>
        <translation>есептік жазба жасалды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="92"/>
        <source>account changed</source>
        <translation>есептік жазба өзгертілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="93"/>
        <source>account disabled</source>
        <translation>есептік жазба өшірілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="94"/>
        <source>password changed</source>
        <translation>құпиясөз өзгертілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="95"/>
        <source>password reset</source>
        <translation>құпиясөз қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="96"/>
        <source>settings changed</source>
        <translation>баптаулар өзгертілді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="101"/>
        <source>the event was changed after it was written</source>
        <translation>оқиға жазылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="102"/>
        <source>events are missing at this point of the log</source>
        <translation>журналдың осы жерінде оқиғалар жоқ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="103"/>
        <source>the event was added outside the program</source>
        <translation>оқиға бағдарламадан тыс қосылған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="104"/>
        <source>the events are not in the order they were written</source>
        <translation>оқиғалар жазылған ретімен тұрған жоқ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="105"/>
        <source>the chain starts again here: its last known event was missing</source>
        <translation>тізбек осы жерден қайта басталады: оның соңғы белгілі оқиғасы жоқ болған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="107"/>
        <source>the record of the last event is missing</source>
        <translation>соңғы оқиға туралы жазба жоқ</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="123"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Ағымдағы құпиясөз қате. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="136"/>
        <source>Your account was not found. Ask the administrator.</source>
        <translation>Сіздің есептік жазбаңыз табылмады. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="139"/>
        <source>Your password is changed. Use the new password from now on, also to unlock the screen.</source>
        <translation>Құпиясөзіңіз өзгертілді. Бұдан былай жаңа құпиясөзді пайдаланыңыз, экранды бұғаттан шығару үшін де.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="144"/>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="146"/>
        <source>Account %1. Type your current password, then the new one twice. Other accounts and the recovery key are not affected.</source>
        <translation>%1 есептік жазбасы. Ағымдағы құпиясөзіңізді, содан кейін жаңасын екі рет енгізіңіз. Басқа есептік жазбалар мен қалпына келтіру кілті өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="148"/>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="151"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="152"/>
        <source>&amp;Repeat the new password:</source>
        <translation>Жаңа құпиясөзді қай&amp;талау:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="153"/>
        <source>&amp;Change password</source>
        <translation>Құпиясөзді &amp;өзгерту</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/dashboard.py" line="98"/>
        <source>%n item(s), of them overdue: %1</source>
        <translation>
            <numerusform>Барлығы: %n, оның ішінде мерзімі өткені: %1</numerusform>
            <numerusform>Барлығы: %n, оның ішінде мерзімі өткені: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="104"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="104"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="114"/>
        <source>What needs doing — %1</source>
        <translation>Орындалатын істер — %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="115"/>
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="20"/>
        <source>Overdue and due in the next two weeks (Enter opens the record):</source>
        <translation>Мерзімі өткен және алдағы екі аптада орындалатын істер (Enter жазбаны ашады):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="28"/>
        <source>Children by register category:</source>
        <translation>Санаттар бойынша балалар саны:</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="67"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="68"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="71"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="72"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="73"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="127"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="184"/>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="210"/>
        <source>Save PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="210"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="247"/>
        <source>The file was not saved: %1</source>
        <translation>Файл сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="26"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="27"/>
        <source>What</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="28"/>
        <source>Who / which record</source>
        <translation>Кім / қай жазба</translation>
    </message>
</context>
<context>
    <name>FamilyContactDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="47"/>
        <source>New contact with the family</source>
        <translation>Отбасымен жаңа байланыс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="48"/>
        <source>Edit contact with the family</source>
        <translation>Отбасымен байланысты өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="90"/>
        <source>Family: %1</source>
        <translation>Отбасы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="6"/>
        <source>Contact with the family</source>
        <translation>Отбасымен байланыс</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="12"/>
        <source>&amp;Date and time</source>
        <translation>Күні мен &amp;уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="19"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="21"/>
        <source>&amp;With whom</source>
        <translation>&amp;Кіммен</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="23"/>
        <source>&amp;Summary</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="24"/>
        <source>What was discussed or agreed, facts only</source>
        <translation>Не талқыланды немесе не туралы келісілді, тек фактілер</translation>
    </message>
</context>
<context>
    <name>FamilyContactTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="43"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="44"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="45"/>
        <source>With whom</source>
        <translation>Кіммен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="46"/>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
</context>
<context>
    <name>FamilyContactsWidget</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="140"/>
        <source>Save the family first; then its contacts can be logged.</source>
        <translation>Алдымен отбасын сақтаңыз, содан кейін онымен байланыстарды тіркеуге болады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="142"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n байланыс</numerusform>
            <numerusform>%n байланыс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="178"/>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="186"/>
        <source>Archive contact</source>
        <translation>Байланысты мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="179"/>
        <source>Archive the contact of %1? It leaves the log and is kept in the register.</source>
        <translation>%1 күнгі байланысты мұрағатқа жіберу керек пе? Ол журналдан алынады, бірақ тізілімде сақталады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="187"/>
        <source>You are not allowed to change this record.</source>
        <translation>Бұл жазбаны өзгертуге сізде рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="196"/>
        <source>A&amp;dd contact…</source>
        <translation>Байланыс &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="197"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="198"/>
        <source>Arch&amp;ive</source>
        <translation>Мұ&amp;рағатқа жіберу</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Act No.</source>
        <translation>Акт №</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="116"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Work</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Education</source>
        <translation>Білімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Evidence document No.</source>
        <translation>Растайтын құжат №</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="150"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="150"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="162"/>
        <source>&amp;Visits</source>
        <translation>Тексер&amp;улер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="163"/>
        <source>C&amp;ontacts</source>
        <translation>&amp;Байланыстар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="164"/>
        <source>&amp;New home visit…</source>
        <translation>Жаңа тексеру &amp;актісі…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="166"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="168"/>
        <source>New family</source>
        <translation>Жаңа отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="169"/>
        <source>Edit family</source>
        <translation>Отбасы деректерін өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="197"/>
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
        <location filename="../../pedagogue_app/views/list_pages.py" line="146"/>
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
        <location filename="../../pedagogue_app/views/table_models.py" line="210"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="211"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="212"/>
        <source>Categories</source>
        <translation>Санаттары</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="123"/>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="125"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="123"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="125"/>
        <source>Relation, year of birth, occupation</source>
        <translation>Туыстығы, туған жылы, жұмысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="264"/>
        <source>born %1</source>
        <translation>%1 жылы туған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="271"/>
        <source>student, class %1</source>
        <translation>оқушы, %1 сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="281"/>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="290"/>
        <source>Act No. %1 of %2</source>
        <translation>%2 күнгі № %1 акт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="294"/>
        <source>New home-visit act</source>
        <translation>Тұрмыстық жағдайын тексерудің жаңа актісі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="295"/>
        <source>Home-visit act No. %1</source>
        <translation>Тұрмыстық жағдайын тексеру актісі № %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="6"/>
        <source>Home-visit act</source>
        <translation>Тұрмыстық жағдайын тексеру актісі</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="12"/>
        <source>&amp;Act and commission</source>
        <translation>&amp;Акт және комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="16"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="19"/>
        <source>Act &amp;No.</source>
        <translation>Акт &amp;нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="20"/>
        <source>The next free number of the year is suggested; you may change it.</source>
        <translation>Осы жылдың келесі бос нөмірі ұсынылады; оны өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="21"/>
        <source>&amp;Date of the visit</source>
        <translation>Тексеру &amp;күні</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="23"/>
        <source>&amp;Time</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="24"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="25"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Мақсаты</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="27"/>
        <source>Re&amp;quested by</source>
        <translation>&amp;Сұрау салған орган</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="29"/>
        <source>Stud&amp;ent</source>
        <translation>Оқуш&amp;ы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="33"/>
        <location filename="../../ui/home_visit_dialog.ui" line="41"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="34"/>
        <source>Clear the student</source>
        <translation>Оқушыны алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="37"/>
        <source>&amp;Family</source>
        <translation>&amp;Отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="42"/>
        <source>Clear the family</source>
        <translation>Отбасын алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="45"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="52"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="54"/>
        <source>Co&amp;mmission members (name and position)</source>
        <translation>Комиссия м&amp;үшелері (аты-жөні және лауазымы)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="58"/>
        <source>Add mem&amp;ber</source>
        <translation>Мүш&amp;е қосу</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="59"/>
        <source>Remo&amp;ve member</source>
        <translation>Мүшені а&amp;лып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="69"/>
        <source>&amp;Residents and housing</source>
        <translation>&amp;Тұратындар және тұрғын үй</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="73"/>
        <source>Living at the address</source>
        <translation>Мекенжайда тұратындар</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="75"/>
        <source>Everyone &amp;living at the address (name; relation, year of birth, occupation)</source>
        <translation>&amp;Мекенжайда тұратындардың барлығы (аты-жөні; туыстығы, туған жылы, жұмысы)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="79"/>
        <source>Add p&amp;erson</source>
        <translation>Адам қос&amp;у</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="80"/>
        <source>Remove perso&amp;n</source>
        <translation>Адамды а&amp;лып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="81"/>
        <source>Fill from the famil&amp;y</source>
        <translation>Отбасы&amp;нан толтыру</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="90"/>
        <source>Housing</source>
        <translation>Тұрғын үй</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="93"/>
        <source>O&amp;wnership</source>
        <translation>Меншік тү&amp;рі</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="95"/>
        <source>Roo&amp;ms</source>
        <translation>Бөлмелер &amp;саны</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="97"/>
        <source>Area, m²</source>
        <translation>Ауданы, м²</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="99"/>
        <source>Con&amp;dition of the dwelling</source>
        <translation>Тұрғын үйдің &amp;күйі</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="101"/>
        <source>Heatin&amp;g</source>
        <translation>&amp;Жылыту</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="103"/>
        <source>Sanitary &amp;state</source>
        <translation>Санитарлық жағ&amp;дайы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="105"/>
        <source>Amenities</source>
        <translation>Коммуналдық қызметтер</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="108"/>
        <source>Running wa&amp;ter</source>
        <translation>Су құбыр&amp;ы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="109"/>
        <source>Sewerage</source>
        <translation>Кәріз</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="110"/>
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="111"/>
        <source>Electricity</source>
        <translation>Электр</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="120"/>
        <source>C&amp;hild and family</source>
        <translation>&amp;Бала және отбасы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="124"/>
        <source>The child has</source>
        <translation>Балада бар</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="126"/>
        <source>Own room or corner</source>
        <translation>Жеке бөлме немесе бұрыш</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="127"/>
        <source>Desk for homework</source>
        <translation>Сабақ дайындайтын үстел</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="128"/>
        <source>Own bed</source>
        <translation>Жеке төсек</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="129"/>
        <source>Seasonal clothes and shoes</source>
        <translation>Маусымдық киім мен аяқ киім</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="130"/>
        <source>School supplies</source>
        <translation>Оқу құралдары</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="131"/>
        <source>Regular meals</source>
        <translation>Тұрақты тамақтану</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="132"/>
        <source>Computer or tablet</source>
        <translation>Компьютер немесе планшет</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="139"/>
        <source>Parents&apos; attention to st&amp;udies</source>
        <translation>Ата-ананың оқуға &amp;көңіл бөлуі</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="141"/>
        <source>Family &amp;climate</source>
        <translation>&amp;Отбасы ахуалы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="143"/>
        <source>Signs of ne&amp;glect or violence</source>
        <translation>Қараусыздық немесе зорлық-зомбылық бел&amp;гілері</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="144"/>
        <source>Facts only: what was seen and heard. Empty if none.</source>
        <translation>Тек фактілер: не көрілді және не естілді. Болмаса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="145"/>
        <source>The child&apos;s own &amp;words</source>
        <translation>Баланың өз &amp;сөздері</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="146"/>
        <source>Word for word, in quotation marks.</source>
        <translation>Сөзбе-сөз, тырнақшаға алып.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="152"/>
        <source>C&amp;onclusion</source>
        <translation>&amp;Қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="155"/>
        <source>Concl&amp;usion</source>
        <translation>Қор&amp;ытынды</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="157"/>
        <source>Recommendation&amp;s</source>
        <translation>&amp;Ұсынымдар</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="159"/>
        <source>&amp;Measures taken</source>
        <translation>Қабылданған &amp;шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="161"/>
        <source>&amp;Next visit</source>
        <translation>&amp;Келесі тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="165"/>
        <source>In a month</source>
        <translation>Бір айдан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="166"/>
        <source>In three months</source>
        <translation>Үш айдан кейін</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="170"/>
        <source>Si&amp;gned by (family)</source>
        <translation>&amp;Отбасынан қол қойған</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="171"/>
        <source>Who read and signed the act, e.g. the mother</source>
        <translation>Актімен танысып, қол қойған адам, мысалы, анасы</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="172"/>
        <source>Re&amp;fused to sign</source>
        <translation>Қол қою&amp;дан бас тартты</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="209"/>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>teacher</source>
        <translation>мұғалім</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>other school staff</source>
        <translation>мектептің басқа қызметкері</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>neighbour</source>
        <translation>көрші</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="217"/>
        <source>stranger</source>
        <translation>бөгде адам</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Step (tick when done)</source>
        <translation>Қадам (орындалғанда белгілеңіз)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Done at</source>
        <translation>Орындалған уақыты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>Done by</source>
        <translation>Орындаған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>N/A</source>
        <translation>Қажет емес</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="230"/>
        <source>Drafted from a psychologist session.</source>
        <translation>Психолог кеңесі негізінде толтырылған жоба.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="233"/>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="234"/>
        <source>Edit incident</source>
        <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="334"/>
        <source>A student of this school</source>
        <translation>Осы мектептің оқушысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="489"/>
        <source>Past its deadline</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="543"/>
        <source>Saved steps stay on the list: mark them not applicable instead.</source>
        <translation>Сақталған қадамдар тізімде қалады: оның орнына оларды «Қажет емес» деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="6"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="8"/>
        <source>Restricted record: facts only, shown to authorised staff.</source>
        <translation>Шектеулі жазба: тек фактілер, рұқсаты бар қызметкерлерге ғана көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="12"/>
        <source>&amp;General</source>
        <translation>&amp;Жалпы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="15"/>
        <source>&amp;Type</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="17"/>
        <source>&amp;Happened</source>
        <translation>Болған &amp;кезі</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="19"/>
        <source>Reported to the &amp;school</source>
        <translation>Мектепке &amp;хабарланған уақыты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="21"/>
        <source>Reported &amp;by</source>
        <translation>Хабарлаған &amp;адам</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="22"/>
        <source>name and position, e.g. class teacher of 5А</source>
        <translation>аты-жөні және лауазымы, мысалы, 5А сынып жетекшісі</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="23"/>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="24"/>
        <source>e.g. classroom 204, school yard, class chat</source>
        <translation>мысалы, 204 кабинет, мектеп ауласы, сынып чаты</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="25"/>
        <source>A&amp;dult involved</source>
        <translation>Қатысқан &amp;ересек</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="26"/>
        <source>name, only if an adult took part</source>
        <translation>аты-жөні, тек ересек адам қатысқан болса</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="27"/>
        <source>Adult&apos;s re&amp;lation to the child</source>
        <translation>Ересектің балаға &amp;қатысы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="33"/>
        <source>&amp;Children</source>
        <translation>&amp;Балалар</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="36"/>
        <source>Each child once, with a role. A child of another school: add a row and type the name.</source>
        <translation>Әр бала бір рет, рөлімен көрсетіледі. Басқа мектептің баласы: жол қосып, аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="39"/>
        <source>Add &amp;student…</source>
        <translation>&amp;Оқушы қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="40"/>
        <source>Add child of &amp;another school</source>
        <translation>Басқа &amp;мектептің баласын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="41"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="48"/>
        <source>&amp;Account</source>
        <translation>&amp;Сипаттама</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="51"/>
        <source>What &amp;happened</source>
        <translation>&amp;Не болды</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="52"/>
        <source>Facts only: who, what, when and where, as seen or as told. No judgements or diagnoses.</source>
        <translation>Тек фактілер: кім, не, қашан және қайда — көргендей немесе айтылғандай. Бағалаусыз және диагнозсыз.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="53"/>
        <source>The child&apos;s own &amp;words</source>
        <translation>Баланың өз сө&amp;здері</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="54"/>
        <source>Word for word, in quotation marks</source>
        <translation>Сөзбе-сөз, тырнақшаға алып</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="55"/>
        <source>&amp;Injuries</source>
        <translation>Жарақат&amp;тар</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="56"/>
        <source>What was seen, and by whom; none if none</source>
        <translation>Не байқалды және кім байқады; болмаса — «жоқ»</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="60"/>
        <source>&amp;Response</source>
        <translation>&amp;Ден қою</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="63"/>
        <source>Tick a step when it is done: your name and the time are filled in and can be corrected (DD.MM.YYYY HH:MM). A step that does not apply: tick “N/A” and write why in the note.</source>
        <translation>Қадам орындалғанда белгілеңіз: сіздің атыңыз бен уақыт өздігінен толтырылады, оларды түзетуге болады (КК.АА.ЖЖЖЖ СС:ММ). Қажет емес қадам болса: «Қажет емес» белгісін қойып, себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="66"/>
        <source>Add &amp;step</source>
        <translation>Қадам &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="67"/>
        <source>Remove st&amp;ep</source>
        <translation>Қадамды &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="74"/>
        <source>Follow-up and cl&amp;osure</source>
        <translation>Әрі қарайғы жұмыс және жаб&amp;у</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="77"/>
        <source>&amp;Follow-up</source>
        <translation>Әрі &amp;қарайғы жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="78"/>
        <source>Further work planned with the children and the family</source>
        <translation>Балалармен және отбасымен жоспарланған әрі қарайғы жұмыс</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="79"/>
        <source>&amp;Status</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="81"/>
        <source>Closed o&amp;n</source>
        <translation>Жабыл&amp;ған күні</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="83"/>
        <source>Closure no&amp;te</source>
        <translation>Жабу &amp;туралы жазба</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="84"/>
        <source>The outcome, and why the case can be closed</source>
        <translation>Нәтижесі және істі неге жабуға болатыны</translation>
    </message>
</context>
<context>
    <name>IncidentListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="117"/>
        <source>All types</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="119"/>
        <source>Open and closed</source>
        <translation>Ашық және жабық</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/incident_list.py" line="141"/>
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>%n оқиға көрсетілген</numerusform>
            <numerusform>%n оқиға көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="8"/>
        <source>Search by child, place or reporter…</source>
        <translation>Бала, орын немесе хабарлаған адам бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="11"/>
        <source>Response &amp;checklists…</source>
        <translation>Ден &amp;қою тізімдері…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="12"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Жаңа оқиға…</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="40"/>
        <source>Happened</source>
        <translation>Болған кезі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="41"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="42"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="43"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="44"/>
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="45"/>
        <source>Next deadline</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="46"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="444"/>
        <source>Type your password.</source>
        <translation>Құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="464"/>
        <source>Switch user, or exit: edits not saved in open windows are then lost.</source>
        <translation>Пайдаланушыны ауыстырыңыз немесе шығыңыз: бұл жағдайда ашық терезелердегі сақталмаған өзгерістер жоғалады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="467"/>
        <source>The password could not be checked: %1</source>
        <translation>Құпиясөзді тексеру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="473"/>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="485"/>
        <source>Wrong password.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="477"/>
        <source>After %1 failed attempts in a row each further one makes you wait; after %2 the account is locked.</source>
        <translation>Қатарынан %1 сәтсіз әрекеттен кейін әр келесі әрекет алдында күту керек болады; %2 әрекеттен кейін есептік жазба бұғатталады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/lock_screen.py" line="480"/>
        <source>%n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>Тағы %n сәтсіз әрекет есептік жазбаны бұғаттайды.</numerusform>
            <numerusform>Тағы %n сәтсіз әрекет есептік жазбаны бұғаттайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="485"/>
        <source>Too many failed attempts.</source>
        <translation>Сәтсіз әрекеттер тым көп.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/lock_screen.py" line="488"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>%n секундтан кейін қайталап көріңіз.</numerusform>
            <numerusform>%n секундтан кейін қайталап көріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="502"/>
        <source>You can try again now.</source>
        <translation>Енді қайталап көруге болады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="581"/>
        <source>School register</source>
        <translation>Мектеп тізілімі</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="96"/>
        <source>The key file %1 beside the register is missing, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</source>
        <translation>Тізілімнің жанындағы %1 кілт файлы жоқ, сондықтан тізілімді ашу мүмкін емес. %1 файлын %2 сақтық көшірмелер қалтасынан немесе өз көшірмеңізден қалпына келтіріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="101"/>
        <source>The key file %1 beside the register is damaged, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</source>
        <translation>Тізілімнің жанындағы %1 кілт файлы зақымданған, сондықтан тізілімді ашу мүмкін емес. %1 файлын %2 сақтық көшірмелер қалтасынан немесе өз көшірмеңізден қалпына келтіріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="112"/>
        <source>This account is locked after too many failed attempts. Ask the administrator to unlock it, or use the recovery key (“Forgot password?”).</source>
        <translation>Сәтсіз әрекеттер тым көп болғандықтан, бұл есептік жазба бұғатталды. Әкімшіден оны бұғаттан шығаруды сұраңыз немесе қалпына келтіру кілтін пайдаланыңыз («Құпиясөзді ұмыттыңыз ба?»).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="117"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Бұл есептік жазба өшірілген. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="119"/>
        <source>This account cannot log in now. Ask the administrator.</source>
        <translation>Бұл есептік жазбамен қазір кіру мүмкін емес. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Login name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="239"/>
        <source>Enter your login name and password.</source>
        <translation>Логин мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="263"/>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="300"/>
        <source>Wrong login name or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="288"/>
        <source>You can try again now.</source>
        <translation>Енді қайталап көруге болады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="293"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>%n секундтан кейін қайталап көріңіз.</numerusform>
            <numerusform>%n секундтан кейін қайталап көріңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="294"/>
        <source>Try again in %n min.</source>
        <translation>
            <numerusform>%n минуттан кейін қайталап көріңіз.</numerusform>
            <numerusform>%n минуттан кейін қайталап көріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="299"/>
        <source>Too many failed attempts.</source>
        <translation>Сәтсіз әрекеттер тым көп.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="302"/>
        <source>%n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>Тағы %n сәтсіз әрекет есептік жазбаны бұғаттайды.</numerusform>
            <numerusform>Тағы %n сәтсіз әрекет есептік жазбаны бұғаттайды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="330"/>
        <source>School register (demo)</source>
        <translation>Мектеп тізілімі (демо)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="330"/>
        <source>School register</source>
        <translation>Мектеп тізілімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="331"/>
        <source>Log in: %1</source>
        <translation>Кіру: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="333"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="335"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="337"/>
        <source>&amp;Show the password</source>
        <translation>Құпиясөзді көр&amp;сету</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="338"/>
        <source>Log &amp;in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="339"/>
        <source>&amp;Forgot password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="341"/>
        <source>Demo accounts</source>
        <translation>Демо есептік жазбалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="343"/>
        <source>Fictional accounts of the demo school, one per role. Click one to fill in the fields.</source>
        <translation>Демо-мектептің ойдан шығарылған есептік жазбалары, әр рөлге біреуден. Өрістерді толтыру үшін біреуін басыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="44"/>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="45"/>
        <source>Students</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="46"/>
        <source>Families</source>
        <translation>Отбасылар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="47"/>
        <source>Psychologist sessions</source>
        <translation>Психолог кеңестері</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="48"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="49"/>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="50"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="51"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="42"/>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="43"/>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="221"/>
        <source>Switch user</source>
        <translation>Пайдаланушыны ауыстыру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="222"/>
        <source>Close the register for another user? Edits not saved in open windows are lost.</source>
        <translation>Тізілімді басқа пайдаланушы үшін жабу керек пе? Ашық терезелердегі сақталмаған өзгерістер жоғалады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="243"/>
        <source>Choose the folder for the backup (e.g. a USB stick)</source>
        <translation>Сақтық көшірменің қалтасын таңдаңыз (мысалы, флешка)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="252"/>
        <source>Your role may not make a backup.</source>
        <translation>Сіздің рөліңіз сақтық көшірме жасай алмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="254"/>
        <location filename="../../pedagogue_app/views/main_window.py" line="256"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="257"/>
        <source>The backup was written to %1, with the key file beside it. Keep the stick in a safe place: with a password or the recovery key it restores the register on any computer.</source>
        <translation>Сақтық көшірме %1 ішіне жазылды, жанында кілттер файлы бар. Флешканы қауіпсіз жерде сақтаңыз: құпиясөзбен немесе қалпына келтіру кілтімен ол тізілімді кез келген компьютерде қалпына келтіреді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="273"/>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>School register</source>
        <translation>Мектеп тізілімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="277"/>
        <source>(demo: fictional data)</source>
        <translation>(демо: ойдан шығарылған деректер)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="292"/>
        <source>Student saved.</source>
        <translation>Оқушы деректері сақталды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="350"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="351"/>
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
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>&amp;Account</source>
        <translation>&amp;Есептік жазба</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>&amp;New student…</source>
        <translation>&amp;Жаңа оқушы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>New &amp;family…</source>
        <translation>Жаңа &amp;отбасы…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>F&amp;ind</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>&amp;School profile…</source>
        <translation>&amp;Мектеп деректері…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52"/>
        <source>&amp;Back up to a folder…</source>
        <translation>Қалтаға сақтық &amp;көшірме жасау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Экранды бұғаттау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>S&amp;witch user…</source>
        <translation>&amp;Пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>&amp;Change password…</source>
        <translation>Құпиясөзді &amp;өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="111"/>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="112"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="114"/>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қай&amp;талау:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="116"/>
        <source>&amp;Show the password</source>
        <translation>Құпиясөзді көр&amp;сету</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз бір-біріне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="142"/>
        <source>At least 10 characters, not only digits, not the login name or a part of the name, not a common password.</source>
        <translation>Кемінде 10 таңба; тек цифрлардан емес; логин немесе аты-жөнінің бөлігі емес; кең таралған құпиясөз емес.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="145"/>
        <source>Type the password once more.</source>
        <translation>Құпиясөзді тағы бір рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="147"/>
        <source>✓ The password meets the rules.</source>
        <translation>✓ Құпиясөз талаптарға сай.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="35"/>
        <source>choose…</source>
        <translation>таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="38"/>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="40"/>
        <source>Edit organisation</source>
        <translation>Ұйымды өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="42"/>
        <source>This organisation is archived. Restore it in the list to edit it.</source>
        <translation>Бұл ұйым мұрағатта. Өңдеу үшін оны тізімде қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="6"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="8"/>
        <source>An addressee of referral letters. Letters in Kazakh use the Kazakh name, letters in Russian the Russian one.</source>
        <translation>Жолдама хаттарды алушы. Қазақ тіліндегі хаттарда қазақша атауы, орыс тіліндегі хаттарда орысша атауы қолданылады.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="14"/>
        <source>Name in Ka&amp;zakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="16"/>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="18"/>
        <source>&amp;Head</source>
        <translation>&amp;Басшысы</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="19"/>
        <source>position and full name, e.g. Director Akhmetova G. S.</source>
        <translation>лауазымы мен аты-жөні, мысалы, директор Ахметова Г. С.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="20"/>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="22"/>
        <source>&amp;Phone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="24"/>
        <source>&amp;Email</source>
        <translation>&amp;Электрондық пошта</translation>
    </message>
</context>
<context>
    <name>OrganisationListPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/organisation_list.py" line="143"/>
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>%n ұйым көрсетілген</numerusform>
            <numerusform>%n ұйым көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="188"/>
        <source>Archive</source>
        <translation>Мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="189"/>
        <source>Archive “%1”? It will no longer be offered as an addressee; letters already sent keep it. It can be restored.</source>
        <translation>«%1» ұйымын мұрағатқа жіберу керек пе? Ол бұдан былай хат алушы ретінде ұсынылмайды, ал жіберілген хаттарда сақталады. Оны қалпына келтіруге болады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="207"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="211"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="212"/>
        <source>You are not allowed to change the directory.</source>
        <translation>Анықтамалықты өзгертуге сізде рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="227"/>
        <source>All kinds</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="8"/>
        <source>Search by name or head…</source>
        <translation>Атауы немесе басшысы бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="10"/>
        <source>Show ar&amp;chived</source>
        <translation>Мұрағаттағыларды &amp;көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="18"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Жаңа ұйым…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="19"/>
        <source>&amp;Open…</source>
        <translation>А&amp;шу…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="20"/>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="21"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="38"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="39"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="40"/>
        <source>Head</source>
        <translation>Басшысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="41"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="42"/>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="58"/>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="48"/>
        <source>You are not allowed to print this record.</source>
        <translation>Бұл жазбаны басып шығаруға құқығыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="50"/>
        <source>This record was archived or removed meanwhile.</source>
        <translation>Бұл жазба осы уақытта мұрағатқа жіберілген немесе жойылған.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="52"/>
        <source>The document could not be made.</source>
        <translation>Құжатты жасау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="80"/>
        <source>This was not written to the audit log: %1</source>
        <translation>Бұл аудит журналына жазылмады: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="126"/>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="138"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="135"/>
        <source>A document is printed from the saved record. Save your changes now?</source>
        <translation>Құжат сақталған жазбадан басып шығарылады. Өзгерістерді қазір сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="89"/>
        <source>Your role may read this record but not change it.</source>
        <translation>Сіздің рөліңіз бұл жазбаны қарауға рұқсат береді, бірақ өзгертуге рұқсат бермейді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="108"/>
        <source>You are not allowed to change this record.</source>
        <translation>Бұл жазбаны өзгертуге сізде рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="111"/>
        <source>This record was archived or removed meanwhile; nothing was saved.</source>
        <translation>Осы уақыт ішінде бұл жазба мұрағатқа жіберілген немесе жойылған; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="124"/>
        <source>Discard the changes you made?</source>
        <translation>Енгізілген өзгерістерден бас тартасыз ба?</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="137"/>
        <source>Your role may not open this record.</source>
        <translation>Сіздің рөліңіз бұл жазбаны аша алмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="162"/>
        <source>(the psychologist wrote no summary to share)</source>
        <translation>(психолог қысқаша түйін жазбаған)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="165"/>
        <source>Psychologist session: shareable summary</source>
        <translation>Психолог кеңесі: қысқаша түйін</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="423"/>
        <source>7 groups of 5 letters and digits, as printed on the sheet; dashes and lower case are fine.</source>
        <translation>Парақта басылғандай, 5 әріп пен цифрдан тұратын 7 топ; сызықша мен кіші әріптер де қабылданады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="425"/>
        <source>%1 of %2 characters.</source>
        <translation>%1 / %2 таңба.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="427"/>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="462"/>
        <source>The key is mistyped: compare it with the sheet character by character.</source>
        <translation>Кілт қате терілген: оны парақпен таңбама-таңба салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="429"/>
        <source>✓ The key is typed correctly.</source>
        <translation>✓ Кілт дұрыс терілді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="464"/>
        <source>This recovery key does not open this register: it belongs to another register or was replaced by a newer one.</source>
        <translation>Бұл қалпына келтіру кілті осы тізілімді ашпайды: ол басқа тізілімге тиесілі немесе жаңасымен ауыстырылған.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="467"/>
        <source>There is no account with this login name.</source>
        <translation>Мұндай логині бар есептік жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="481"/>
        <source>Log in with the recovery key</source>
        <translation>Қалпына келтіру кілтімен кіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="483"/>
        <source>Type the recovery key from the sheet kept in the safe, the login name of the account and a new password for it. The account is unlocked and logs in with the new password.</source>
        <translation>Сейфте сақталған парақтағы қалпына келтіру кілтін, есептік жазбаның логинін және оған жаңа құпиясөзді енгізіңіз. Есептік жазба бұғаттан шығарылып, жаңа құпиясөзбен кіреді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="486"/>
        <source>Recovery &amp;key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="488"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="490"/>
        <source>Set the password and log &amp;in</source>
        <translation>Құпиясөзді орнатып, кі&amp;ру</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="344"/>
        <location filename="../../pedagogue_app/views/account_setup.py" line="385"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="354"/>
        <source>Save the recovery key as PDF</source>
        <translation>Қалпына келтіру кілтін PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="355"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="376"/>
        <source>You have not confirmed that the recovery key is printed or written down. It is not shown again and is kept nowhere else. Close anyway?</source>
        <translation>Қалпына келтіру кілтінің басып шығарылғанын немесе жазып алынғанын растамадыңыз. Ол қайта көрсетілмейді және басқа еш жерде сақталмайды. Бәрібір жабу керек пе?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="387"/>
        <source>This is the recovery key of the register. It is shown only now and is kept nowhere else, not even in the program. If every password is forgotten or the administrator&apos;s account is locked, it opens the register and sets a new password (“Forgot password?” on the login screen).

Print it or write it down and keep it in the school safe. Whoever has it can open the register: do not photograph it, do not send it and do not leave it on this computer. A PDF copy belongs on a removable disk in the safe.</source>
        <translation>Бұл — тізілімнің қалпына келтіру кілті. Ол тек қазір көрсетіледі және басқа еш жерде, тіпті бағдарламада да сақталмайды. Барлық құпиясөз ұмытылса немесе әкімшінің есептік жазбасы бұғатталса, ол тізілімді ашып, жаңа құпиясөз орнатуға мүмкіндік береді (кіру терезесіндегі «Құпиясөзді ұмыттыңыз ба?»).

Оны басып шығарыңыз немесе жазып алып, мектеп сейфінде сақтаңыз. Кілт кімде болса, сол тізілімді аша алады: оны суретке түсірмеңіз, ешкімге жібермеңіз және осы компьютерде қалдырмаңыз. PDF көшірмесін сейфтегі алынбалы дискіде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="394"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="395"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="396"/>
        <source>&amp;I have printed or written down the recovery key</source>
        <translation>Қалпына келтіру кілтін басып шығардым немесе жазып &amp;алдым</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="397"/>
        <source>&amp;Continue</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="94"/>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="146"/>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="101"/>
        <source>New referral letter</source>
        <translation>Жаңа жолдама хат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="103"/>
        <source>Referral: %1</source>
        <translation>Жолдама: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="105"/>
        <source>Status: %1</source>
        <translation>Күйі: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="107"/>
        <source>Issued as No. %1 of %2. The text of an issued letter cannot be changed; print it again from here.</source>
        <translation>%2 күнгі № %1 болып тіркелді. Тіркелген хаттың мәтінін өзгертуге болмайды; оны осы жерден қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="112"/>
        <source>Issue the letter first; then record when it was sent and the reply.</source>
        <translation>Алдымен хатты тіркеңіз; содан кейін оның қашан жіберілгенін және жауапты жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="123"/>
        <location filename="../../ui/referral_dialog.ui" line="111"/>
        <source>&amp;Issue the letter…</source>
        <translation>Хатты тірке&amp;у…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="237"/>
        <source>the family&apos;s legal representative</source>
        <translation>отбасының заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="293"/>
        <source>Choose the student first.</source>
        <translation>Алдымен оқушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="299"/>
        <source>Nothing done for this child is recorded yet.</source>
        <translation>Бұл бала үшін атқарылған жұмыс әлі жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="303"/>
        <source>Replace the measures written here?</source>
        <translation>Мұнда жазылған шараларды ауыстыру керек пе?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="314"/>
        <source>The referral must be saved first. Save it now?</source>
        <translation>Алдымен жолдаманы сақтау керек. Қазір сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="339"/>
        <source>Issue the letter? It takes the next number of the outgoing journal, and its text can no longer be changed.</source>
        <translation>Хатты тіркеу керек пе? Ол шығыс журналының келесі нөмірін алады және оның мәтінін бұдан былай өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="366"/>
        <source>Nothing was recorded: the referral was archived meanwhile or you may not change it.</source>
        <translation>Ештеңе жазылмады: жолдама осы уақытта мұрағатқа жіберілген немесе оны өзгертуге құқығыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="9"/>
        <source>Student:</source>
        <translation>Оқушы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="10"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="13"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Алушы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="15"/>
        <source>Letter &amp;language:</source>
        <translation>Хаттың т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="17"/>
        <source>Legal &amp;representative:</source>
        <translation>Заңды ө&amp;кілі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="19"/>
        <source>Reply &amp;by:</source>
        <translation>Жауап &amp;мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="21"/>
        <source>Contact &amp;person:</source>
        <translation>Байланыс т&amp;ұлғасы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="23"/>
        <source>Contact&apos;s posi&amp;tion:</source>
        <translation>Байланыс тұлғасының &amp;лауазымы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="25"/>
        <source>Contact&apos;s phon&amp;e:</source>
        <translation>Байланыс тұлғасының тел&amp;ефоны:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="32"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="36"/>
        <source>&amp;Subject:</source>
        <translation>Та&amp;қырыбы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="38"/>
        <source>&amp;Grounds and history:</source>
        <translation>&amp;Негіздеме және тарихы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="40"/>
        <source>&amp;Measures taken (one per line):</source>
        <translation>Қабылданған &amp;шаралар (әр жолға біреу):</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="42"/>
        <source>Re&amp;quest:</source>
        <translation>&amp;Өтініш:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="44"/>
        <source>Atta&amp;chments (one per line):</source>
        <translation>Қ&amp;осымшалар (әр жолға біреу):</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="47"/>
        <source>Standard te&amp;xt</source>
        <translation>Стандартты м&amp;әтін</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="47"/>
        <source>&amp;Fill measures from the records</source>
        <translation>Шараларды жазбалардан толт&amp;ыру</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="51"/>
        <source>PMPK documents</source>
        <translation>ПМПК құжаттары</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="55"/>
        <source>Class teacher:</source>
        <translation>Сынып жетекшісі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="57"/>
        <source>Attendance:</source>
        <translation>Сабаққа қатысуы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="59"/>
        <source>Academic progress:</source>
        <translation>Үлгерімі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="61"/>
        <source>Behaviour:</source>
        <translation>Мінез-құлқы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="63"/>
        <source>Relations with peers:</source>
        <translation>Құрдастарымен қарым-қатынасы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="65"/>
        <source>Interests:</source>
        <translation>Қызығушылықтары:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="67"/>
        <source>Difficulties observed:</source>
        <translation>Байқалған қиындықтар:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="69"/>
        <source>Teacher&apos;s conclusion:</source>
        <translation>Педагогтің қорытындысы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="71"/>
        <source>Examined on:</source>
        <translation>Тексерілген күндері:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="73"/>
        <source>Methods:</source>
        <translation>Әдістері:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="75"/>
        <source>Results:</source>
        <translation>Нәтижелері:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="77"/>
        <source>Psychologist&apos;s conclusion:</source>
        <translation>Психологтің қорытындысы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="79"/>
        <source>Recommendations:</source>
        <translation>Ұсынымдар:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="81"/>
        <source>Psychologist:</source>
        <translation>Психолог:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="87"/>
        <source>Sending and reply</source>
        <translation>Жіберу және жауап</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="90"/>
        <source>Sent &amp;on:</source>
        <translation>Жіберілген кү&amp;ні:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="92"/>
        <source>Sent ho&amp;w:</source>
        <translation>Жіберу тә&amp;сілі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="94"/>
        <source>Record the sen&amp;ding</source>
        <translation>Жіберуді &amp;жазу</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="95"/>
        <source>Reply &amp;No.:</source>
        <translation>Жауап &amp;№:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="97"/>
        <source>Repl&amp;y date:</source>
        <translation>Жауап к&amp;үні:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="99"/>
        <source>O&amp;utcome:</source>
        <translation>Н&amp;әтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="101"/>
        <source>Re&amp;cord the reply</source>
        <translation>Жауапты жа&amp;зу</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="110"/>
        <source>Pre&amp;view…</source>
        <translation>Ал&amp;дын ала қарау…</translation>
    </message>
</context>
<context>
    <name>ReferralListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="92"/>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="94"/>
        <source>Any status</source>
        <translation>Кез келген күйі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/referral_list.py" line="115"/>
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n жолдама көрсетілді</numerusform>
            <numerusform>%n жолдама көрсетілді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/referral_list_page.ui" line="8"/>
        <source>Search by the child’s name…</source>
        <translation>Баланың аты бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_list_page.ui" line="11"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Жаңа жолдама…</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="33"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="34"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="35"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="36"/>
        <source>Addressee</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="37"/>
        <source>Letter No.</source>
        <translation>Хат №</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="38"/>
        <source>Issued</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="39"/>
        <source>Reply by</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="40"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="94"/>
        <source>%1 (restricted)</source>
        <translation>%1 (шектеулі)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="106"/>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Review date</source>
        <translation>Қайта қарау күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="109"/>
        <source>Next review</source>
        <translation>Келесі қайта қарау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="111"/>
        <source>New register entry</source>
        <translation>Жаңа есеп жазбасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="112"/>
        <source>Register entry: %1</source>
        <translation>Есеп жазбасы: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="191"/>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="6"/>
        <source>Register entry</source>
        <translation>Есеп жазбасы</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="10"/>
        <source>Child or family:</source>
        <translation>Бала немесе отбасы:</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="13"/>
        <source>Choose &amp;child…</source>
        <translation>&amp;Баланы таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="14"/>
        <source>Choose fa&amp;mily…</source>
        <translation>&amp;Отбасын таңдау…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="17"/>
        <source>Restricted ground: share this entry only with the specialists who work on the case.</source>
        <translation>Шектеулі негіз: бұл жазбаны тек осы іспен жұмыс істейтін мамандарға ғана көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="21"/>
        <source>&amp;Entry</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="26"/>
        <source>&amp;Register</source>
        <translation>&amp;Есеп түрі</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="28"/>
        <source>&amp;Ground</source>
        <translation>&amp;Негізі</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="30"/>
        <source>On the register &amp;since</source>
        <translation>Есепке қойылған &amp;күні</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="32"/>
        <source>Council protocol &amp;No.</source>
        <translation>Кеңес &amp;хаттамасы №</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="36"/>
        <source>&amp;dated</source>
        <translation>&amp;датасы</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="41"/>
        <source>&amp;Initiator</source>
        <translation>Бас&amp;тамашы</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="42"/>
        <source>who asked for the registration: class teacher, parents, ОЮП…</source>
        <translation>есепке қоюды кім сұрады: сынып жетекшісі, ата-ана, ЮПБ…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="43"/>
        <source>Parents in&amp;formed on</source>
        <translation>&amp;Ата-анаға хабарланған күні</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="45"/>
        <source>C&amp;urator</source>
        <translation>Ку&amp;ратор</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="47"/>
        <source>Responsi&amp;ble specialists</source>
        <translation>Жауапты &amp;мамандар</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="49"/>
        <source>No&amp;tes</source>
        <translation>Ескертпе&amp;лер</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="57"/>
        <source>Removal from the register</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="60"/>
        <source>Removed &amp;on</source>
        <translation>Есептен &amp;шығарылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="62"/>
        <source>Re&amp;ason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="64"/>
        <source>Protoco&amp;l No.</source>
        <translation>Хаттама нөм&amp;ірі</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="66"/>
        <source>Fill in only when the child is taken off this register; the entry and its plan stay in the history.</source>
        <translation>Бала осы есептен шығарылғанда ғана толтырыңыз; жазба мен оның жоспары тарихта сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="76"/>
        <source>Preventive-work &amp;plan</source>
        <translation>&amp;Профилактикалық жұмыс жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="79"/>
        <source>Deadlines as DD.MM.YYYY. A measure marked done needs its result.</source>
        <translation>Мерзімдер КК.АА.ЖЖЖЖ түрінде. Орындалды деп белгіленген іс-шараның нәтижесі көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="82"/>
        <source>&amp;Add measure</source>
        <translation>&amp;Іс-шара қосу</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="83"/>
        <source>&amp;Delete measure</source>
        <translation>Іс-шараны &amp;өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="90"/>
        <source>Re&amp;views</source>
        <translation>&amp;Қайта қарау</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="93"/>
        <source>Dates as DD.MM.YYYY. The next review date shows on the dashboard when it comes.</source>
        <translation>Күндер КК.АА.ЖЖЖЖ түрінде. Келесі қайта қарау күні жақындағанда бақылау тақтасында көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="96"/>
        <source>&amp;Add review</source>
        <translation>Қайта қарау қос&amp;у</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="97"/>
        <source>&amp;Delete review</source>
        <translation>Қайта қарауды &amp;өшіру</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="76"/>
        <source>Whole school</source>
        <translation>Бүкіл мектеп</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="131"/>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="131"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="148"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="167"/>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="172"/>
        <source>The report is ready.</source>
        <translation>Есеп дайын.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="183"/>
        <source>You are not allowed to make this report.</source>
        <translation>Бұл есепті жасауға құқығыңыз жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="185"/>
        <source>The report could not be made: %1</source>
        <translation>Есепті жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="194"/>
        <source>Save as Excel</source>
        <translation>Excel ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="195"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="13"/>
        <source>Period &amp;from:</source>
        <translation>Кезең &amp;басы:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="15"/>
        <source>&amp;to:</source>
        <translation>&amp;соңы:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="17"/>
        <source>&amp;Class:</source>
        <translation>&amp;Сынып:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="19"/>
        <source>C&amp;opies:</source>
        <translation>&amp;Дана:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="21"/>
        <source>Document &amp;language:</source>
        <translation>Құжаттың &amp;тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="27"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Қарау және басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="28"/>
        <source>Save as &amp;Excel…</source>
        <translation>&amp;Excel ретінде сақтау…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="251"/>
        <source>Reset password: %1</source>
        <translation>Құпиясөзді қалпына келтіру: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="253"/>
        <source>A new password for %1 (%2). The account is unlocked too. Give the password to them in person and ask them to change it.</source>
        <translation>%1 (%2) үшін жаңа құпиясөз. Есептік жазба бұғаттан да шығарылады. Құпиясөзді оның өзіне жеке беріп, оны өзгертуді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="256"/>
        <source>&amp;Set password</source>
        <translation>Құпиясөзді &amp;орнату</translation>
    </message>
</context>
<context>
    <name>ResponseTemplatesDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Deadline, hours</source>
        <translation>Мерзімі, сағат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="6"/>
        <source>Response checklists</source>
        <translation>Ден қою тізімдері</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="10"/>
        <source>Incident &amp;type</source>
        <translation>Оқиға &amp;түрі</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="20"/>
        <source>&amp;Add step</source>
        <translation>Қадам &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="21"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="22"/>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="23"/>
        <source>Move do&amp;wn</source>
        <translation>Тө&amp;мен</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="25"/>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Бастапқы тізімді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="30"/>
        <source>Each new incident of this type gets the active steps of this list. Deadlines are hours after the incident is reported; leave empty for no deadline.</source>
        <translation>Осы түрдегі әрбір жаңа оқиғаға осы тізімнің белсенді қадамдары қосылады. Мерзім оқиға туралы хабарланған сәттен бастап сағатпен көрсетіледі; мерзім қажет болмаса, бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="221"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="222"/>
        <source>social pedagogue</source>
        <translation>әлеуметтік педагог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="223"/>
        <source>psychologist</source>
        <translation>педагог-психолог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="224"/>
        <source>director (read only)</source>
        <translation>директор (тек қарау)</translation>
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
    <name>SessionDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="106"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="107"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="107"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="111"/>
        <source>New psychologist session</source>
        <translation>Жаңа психолог кеңесі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="112"/>
        <source>Edit psychologist session</source>
        <translation>Психолог кеңесін өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="192"/>
        <source>Open an incident for this session now?</source>
        <translation>Осы кеңес бойынша оқиғаны қазір тіркеу керек пе?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="212"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="214"/>
        <source>About student</source>
        <translation>Қай оқушы туралы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="216"/>
        <location filename="../../ui/session_dialog.ui" line="31"/>
        <source>Student</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="217"/>
        <source>Group &amp;name</source>
        <translation>Топ ата&amp;уы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="218"/>
        <location filename="../../ui/session_dialog.ui" line="39"/>
        <source>&amp;Name</source>
        <translation>Аты-&amp;жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="220"/>
        <source>e.g. 7Ә: class cohesion training</source>
        <translation>мысалы, 7Ә: сынып ұжымын топтастыру тренингі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="221"/>
        <source>Surname, given name and patronymic</source>
        <translation>Тегі, аты және әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="233"/>
        <source>Students: %1</source>
        <translation>Оқушылар: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="234"/>
        <source>Parents taking part</source>
        <translation>Қатысатын ата-аналар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="247"/>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="316"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 таңба</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="6"/>
        <source>Psychologist session</source>
        <translation>Психолог кеңесі</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="11"/>
        <source>&amp;Session</source>
        <translation>&amp;Кеңес</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="14"/>
        <source>&amp;Date</source>
        <translation>Кү&amp;ні</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="18"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="19"/>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="20"/>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="25"/>
        <source>T&amp;ype</source>
        <translation>Тү&amp;рі</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="27"/>
        <source>Requested &amp;by</source>
        <translation>&amp;Өтініш берген</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="29"/>
        <source>&amp;Client</source>
        <translation>Кеңес &amp;алушы</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="35"/>
        <source>C&amp;hoose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="36"/>
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="41"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="47"/>
        <source>&amp;Add students…</source>
        <translation>&amp;Оқушыларды қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="48"/>
        <source>Add &amp;parent</source>
        <translation>Ата-ана &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="49"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="55"/>
        <source>&amp;Follow-up on</source>
        <translation>Қайта ке&amp;здесу</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="57"/>
        <source>Psycholo&amp;gist</source>
        <translation>&amp;Педагог-психолог</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="59"/>
        <source>Parent (legal representative) c&amp;onsent on file</source>
        <translation>Ата-ананың (заңды өкілдің) к&amp;елісімі бар</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="62"/>
        <source>Risk screen</source>
        <translation>Тәуекел белгілері</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="66"/>
        <source>Suicidal thoughts</source>
        <translation>Суицидтік ойлар</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="67"/>
        <source>Self-harm</source>
        <translation>Өзіне зиян келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="68"/>
        <source>Abuse disclosed</source>
        <translation>Зорлық-зомбылық туралы айтылды</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="69"/>
        <source>Bullying</source>
        <translation>Буллинг</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="72"/>
        <source>Any ticked risk offers to open an incident when the session is saved.</source>
        <translation>Тәуекел белгіленсе, кеңес сақталғанда оқиғаны тіркеу ұсынылады.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="79"/>
        <source>Cont&amp;ent (psychologist only)</source>
        <translation>&amp;Мазмұны (тек психолог үшін)</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="82"/>
        <source>Confidential: only the psychologist sees this part. The social pedagogue sees the shareable summary only.</source>
        <translation>Құпия: бұл бөлімді тек психолог көреді. Әлеуметтік педагог тек қысқаша түйінді көреді.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="83"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Сұраныс</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="85"/>
        <source>&amp;Methods</source>
        <translation>&amp;Әдістер</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="87"/>
        <source>Resu&amp;lts</source>
        <translation>&amp;Нәтижелер</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="89"/>
        <source>Conclus&amp;ion</source>
        <translation>&amp;Қорытынды</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="91"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Ұсынымдар</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="93"/>
        <source>Referred &amp;to</source>
        <translation>Қайда &amp;жолданды</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="94"/>
        <source>Other specialists or bodies the client was referred to</source>
        <translation>Кеңес алушы жолданған басқа мамандар немесе органдар</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="98"/>
        <source>Shareable s&amp;ummary</source>
        <translation>Қысқаша &amp;түйін</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="102"/>
        <source>Shareable summary for the social pedagogue</source>
        <translation>Әлеуметтік педагогке арналған қысқаша түйін</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="104"/>
        <source>The social pedagogue sees the date, type, client and this summary, never the content. Write it in your own words, without details of the conversation.</source>
        <translation>Әлеуметтік педагог кеңестің күнін, түрін, кеңес алушыны және осы түйінді ғана көреді, мазмұнын ешқашан көрмейді. Түйінді әңгіменің егжей-тегжейінсіз, өз сөзіңізбен жазыңыз.</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="164"/>
        <source>All types</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/session_list.py" line="183"/>
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n кеңес көрсетілген</numerusform>
            <numerusform>%n кеңес көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="8"/>
        <source>Search by client or participant name…</source>
        <translation>Кеңес алушының немесе қатысушының аты бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="10"/>
        <source>&amp;From</source>
        <translation>Кезең &amp;басы</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="12"/>
        <source>&amp;to</source>
        <translation>&amp;соңы</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="14"/>
        <source>&amp;New session…</source>
        <translation>&amp;Жаңа кеңес…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="49"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="50"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="51"/>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="52"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="53"/>
        <source>Client</source>
        <translation>Кеңес алушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="54"/>
        <source>Requested by</source>
        <translation>Өтініш берген</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="55"/>
        <source>Follow-up</source>
        <translation>Қайта кездесу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="56"/>
        <source>Risk screen</source>
        <translation>Тәуекел белгілері</translation>
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
        <location filename="../../pedagogue_app/views/app.py" line="31"/>
        <source>There is no register at %1.</source>
        <translation>Тізілім табылмады: %1.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="32"/>
        <source>The file %1 is not a register of this program. It was not changed.</source>
        <translation>%1 файлы осы бағдарламаның тізілімі емес. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="34"/>
        <source>The register %1 is damaged and cannot be read safely. It was not changed. Restore it from a backup or call your administrator.</source>
        <translation>%1 тізілімі зақымданған, оны қауіпсіз оқу мүмкін емес. Файл өзгертілген жоқ. Оны сақтық көшірмеден қалпына келтіріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="37"/>
        <source>The register %1 does not belong to the key file beside it (register.keys of another register?). Nothing was changed. Put back the key file that was copied together with this register.</source>
        <translation>%1 тізілімі жанындағы кілттер файлына сәйкес келмейді (басқа тізілімнің register.keys файлы ма?). Ештеңе өзгертілмеді. Осы тізіліммен бірге көшірілген кілттер файлын орнына қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="41"/>
        <source>The register %1 is not encrypted although it has a key file. Nothing was changed. Call your administrator.</source>
        <translation>%1 тізілімінің кілттер файлы бар, бірақ тізілім шифрланбаған. Ештеңе өзгертілмеді. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="44"/>
        <source>The register %1 was written by a newer version of this program. Install that version to open it. The file was not changed.</source>
        <translation>%1 тізілімі бағдарламаның жаңарақ нұсқасында жазылған. Оны ашу үшін сол нұсқаны орнатыңыз. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="56"/>
        <location filename="../../pedagogue_app/views/app.py" line="164"/>
        <location filename="../../pedagogue_app/views/app.py" line="198"/>
        <source>School register</source>
        <translation>Мектеп тізілімі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="134"/>
        <source>The register %1 cannot be opened: its key file %2 is missing, or the file is not a register of this program. Nothing was changed. Copy register.keys back from the backup (the USB stick) next to the register.</source>
        <translation>%1 тізілімін ашу мүмкін емес: оның %2 кілт файлы жоқ немесе бұл файл осы бағдарламаның тізілімі емес. Ештеңе өзгертілген жоқ. register.keys файлын сақтық көшірмеден (USB жинақтауыштан) тізілімнің жанына қайта көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="182"/>
        <source>Your role may not do this. Nothing was changed.</source>
        <translation>Сіздің рөліңізге бұл әрекетке рұқсат жоқ. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="185"/>
        <source>The disk is full: the last change was not saved (the register keeps what was saved before). Free some space and save again.</source>
        <translation>Диск толы: соңғы өзгеріс сақталмады (тізілімде бұрын сақталғанның бәрі бар). Орын босатып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="189"/>
        <source>A part of the register is damaged and cannot be read safely. Close the program and restore the register from a backup, or call your administrator.</source>
        <translation>Тізілімнің бір бөлігі зақымданған, оны қауіпсіз оқу мүмкін емес. Бағдарламаны жауып, тізілімді сақтық көшірмеден қалпына келтіріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="194"/>
        <source>Something went wrong: %1. What you saved before is kept; check the last record you edited.</source>
        <translation>Қате орын алды: %1. Бұған дейін сақталғандар сақталып қалды; соңғы өңдеген жазбаңызды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="257"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматты сақтық көшірме жасалмады: %1</translation>
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
        <location filename="../../ui/student_card.ui" line="36"/>
        <source>C&amp;hronology</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="42"/>
        <source>Print c&amp;hronology…</source>
        <translation>&amp;Хронологияны басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="43"/>
        <source>&amp;Add record</source>
        <translation>Жа&amp;зба қосу</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="51"/>
        <source>&amp;Print the selected record…</source>
        <translation>Таңдалған жазбаны &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="52"/>
        <source>&amp;Undo</source>
        <translation>Қа&amp;йтару</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="53"/>
        <source>Archive the selected record</source>
        <translation>Таңдалған жазбаны мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="62"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="63"/>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағатқа жіберу</translation>
    </message>
</context>
<context>
    <name>StudentCardDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="90"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="90"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="91"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="92"/>
        <source>Language of instruction</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="93"/>
        <source>Registered address</source>
        <translation>Тіркелген мекенжайы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="94"/>
        <source>Actual address</source>
        <translation>Нақты мекенжайы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="94"/>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="95"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="96"/>
        <source>Family: %1</source>
        <translation>Отбасы: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="97"/>
        <source>Not linked to a family.</source>
        <translation>Отбасымен байланыстырылмаған.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="102"/>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="103"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Register</source>
        <translation>Есеп түрі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Ground</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Since</source>
        <translation>Қойылған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Protocol</source>
        <translation>Хаттама №</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="107"/>
        <source>Removed</source>
        <translation>Алынған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="113"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="113"/>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағатқа жіберу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="119"/>
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>What</source>
        <translation>Не туралы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="141"/>
        <source>restricted</source>
        <translation>шектеулі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="172"/>
        <source>Archive this record? It leaves the lists and the chronology; Undo brings it back.</source>
        <translation>Бұл жазбаны мұрағатқа жіберу керек пе? Ол тізімдер мен хронологиядан шығады; «Қайтару» оны қайтарады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="178"/>
        <source>The record was archived.</source>
        <translation>Жазба мұрағатқа жіберілді.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="240"/>
        <source>Archive this student? The record is kept and can be restored here.</source>
        <translation>Оқушыны мұрағатқа жіберу керек пе? Жазба сақталады, оны осы жерден қалпына келтіруге болады.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="46"/>
        <source>New student</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="47"/>
        <source>Edit student</source>
        <translation>Оқушы деректерін өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="101"/>
        <source>The register already has a student with the same name and birth date:
%1

Save this one as a different child?</source>
        <translation>Тізілімде аты-жөні мен туған күні дәл осындай оқушы бар:
%1

Бұл оқушыны басқа бала ретінде сақтау керек пе?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="125"/>
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
        <location filename="../../pedagogue_app/views/list_pages.py" line="67"/>
        <location filename="../../pedagogue_app/views/list_pages.py" line="74"/>
        <source>All classes</source>
        <translation>Барлық сыныптар</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="72"/>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="90"/>
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
        <location filename="../../pedagogue_app/views/table_models.py" line="188"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="189"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="190"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="191"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="192"/>
        <source>Register</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="193"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
</context>
<context>
    <name>SupportPlanDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Domain</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="104"/>
        <source>Frequency</source>
        <translation>Жиілігі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="104"/>
        <source>Period</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Progress</source>
        <translation>Динамикасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="111"/>
        <source>New special-needs plan</source>
        <translation>Жаңа ЕБҚ қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="112"/>
        <source>Edit special-needs plan</source>
        <translation>ЕБҚ қолдау жоспарын өңдеу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="197"/>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="222"/>
        <source>Written in an older record and not in the list: uncheck it and tick the matching specialist.</source>
        <translation>Бұрынғы жазбада көрсетілген, тізімде жоқ: белгіні алып, тиісті маманды белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="6"/>
        <source>Special-needs plan</source>
        <translation>ЕБҚ қолдау жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="11"/>
        <source>Student</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="16"/>
        <source>C&amp;hoose…</source>
        <translation>Таңда&amp;у…</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="24"/>
        <source>&amp;Plan</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="30"/>
        <source>PMPK conclusion</source>
        <translation>ПМПК қорытындысы</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="33"/>
        <source>&amp;No.</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="35"/>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="37"/>
        <source>Valid &amp;until</source>
        <translation>Жарамдылық мерз&amp;імі</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="39"/>
        <source>&amp;Type of need</source>
        <translation>Қажеттілік &amp;түрі</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="46"/>
        <source>Plan period</source>
        <translation>Жоспар кезеңі</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="49"/>
        <source>St&amp;art</source>
        <translation>&amp;Басы</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="51"/>
        <source>&amp;End</source>
        <translation>&amp;Соңы</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="53"/>
        <source>Parent ac&amp;knowledged on</source>
        <translation>Ата-ана тан&amp;ысқан күні</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="55"/>
        <source>One plan at a time: periods of a child&apos;s plans may not overlap. Leave the end empty while the plan runs until further notice.</source>
        <translation>Бір уақытта бір жоспар: баланың жоспарларының кезеңдері қабаттаспауы керек. Жоспар жаңа шешімге дейін жүрсе, соңын бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="63"/>
        <source>Recommended conditions</source>
        <translation>Ұсынылған жағдайлар</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="66"/>
        <source>P&amp;rogramme</source>
        <translation>Бағда&amp;рлама</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="68"/>
        <source>&amp;Form of education</source>
        <translation>Оқыту &amp;формасы</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="70"/>
        <source>Specialists</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="78"/>
        <source>Speech therap&amp;ist</source>
        <translation>Лог&amp;опед</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="79"/>
        <source>Defecto&amp;logist</source>
        <translation>&amp;Дефектолог</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="80"/>
        <source>Ps&amp;ychologist</source>
        <translation>&amp;Педагог-психолог</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="81"/>
        <source>Teacher a&amp;ssistant</source>
        <translation>Педагог &amp;ассистенті</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="86"/>
        <source>Special c&amp;onditions</source>
        <translation>Арнайы жағдай&amp;лар</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="87"/>
        <source>e.g. a seat at the front, extra time for tasks, a ramp, assistive devices</source>
        <translation>мысалы, алдыңғы партада отыру, тапсырмаларға қосымша уақыт, пандус, көмекші құралдар</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="95"/>
        <source>&amp;Goals</source>
        <translation>&amp;Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="98"/>
        <source>Each goal needs its domain and the goal itself. A plan may be saved without goals while they are being written, but not with reviews or the parent&apos;s acknowledgement.</source>
        <translation>Әр мақсатқа оның бағыты мен мақсаттың өзі керек. Мақсаттар әлі жазылып жатқанда жоспарды оларсыз сақтауға болады, бірақ қайта қарау немесе ата-ананың танысқаны енгізілген болса, болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="101"/>
        <source>&amp;Add goal</source>
        <translation>Мақсат қ&amp;осу</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="102"/>
        <source>&amp;Remove goal</source>
        <translation>Мақсатты &amp;алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="109"/>
        <source>Re&amp;views</source>
        <translation>&amp;Қайта қарау</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="112"/>
        <source>Dates as DD.MM.YYYY, not in the future and not before the plan starts.</source>
        <translation>Күндер КК.АА.ЖЖЖЖ түрінде: болашақ күн емес және жоспар басталғаннан ерте емес.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="115"/>
        <source>&amp;Add review</source>
        <translation>Қайта қарау қ&amp;осу</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="116"/>
        <source>&amp;Remove review</source>
        <translation>Қайта қарауды &amp;алып тастау</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="188"/>
        <source>The register is locked</source>
        <translation>Тізілім бұғатталған</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="189"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="190"/>
        <source>Open windows and unsaved edits are kept until you unlock.</source>
        <translation>Ашық терезелер мен сақталмаған өзгерістер бұғаттан шығарғанша сақталады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="191"/>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="192"/>
        <source>Switch user…</source>
        <translation>Пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="193"/>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="200"/>
        <source>Logged in: %1 (%2).</source>
        <translation>Кірген пайдаланушы: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="201"/>
        <source>Logged in: %1 (%2). Type your password to go on.</source>
        <translation>Кірген пайдаланушы: %1 (%2). Жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
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
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="29"/>
        <source>The contact cannot be later than now.</source>
        <translation>Байланыс уақыты қазіргі уақыттан кеш болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="91"/>
        <source>Act No. {act_no} of {year} already exists: take the next free number.</source>
        <translation>{year} жылғы № {act_no} акт бұрыннан бар: келесі бос нөмірді алыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="93"/>
        <source>Act No.: letters and digits, may be joined by / or -, e.g. 12 or 12/3.</source>
        <translation>Акт №: әріптер мен цифрлар, оларды / немесе - белгісімен біріктіруге болады, мысалы, 12 немесе 12/3.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="95"/>
        <source>Enter the time as HH:MM, e.g. 16:30.</source>
        <translation>Уақытты СС:ММ түрінде енгізіңіз, мысалы, 16:30.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="96"/>
        <source>Choose the student or the family visited.</source>
        <translation>Тексерілген оқушыны немесе отбасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="97"/>
        <location filename="../../pedagogue_app/services/referrals.py" line="64"/>
        <source>This record is no longer in the register: choose again.</source>
        <translation>Бұл жазба енді тізілімде жоқ: қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="99"/>
        <source>This is not the family of the chosen student.</source>
        <translation>Бұл таңдалған оқушының отбасы емес.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="101"/>
        <source>Name the body that asked for the visit.</source>
        <translation>Тексеруді сұраған органды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="103"/>
        <source>Conditions are unsatisfactory: give the recommendations or the measures.</source>
        <translation>Жағдайы қанағаттанарлықсыз: ұсынымдарды немесе қабылданған шараларды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="105"/>
        <source>The next visit must be after the visit date.</source>
        <translation>Келесі тексеру осы тексеру күнінен кейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="107"/>
        <source>Name who refused to sign.</source>
        <translation>Қол қоюдан кім бас тартқанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="99"/>
        <source>Add at least one child with the role “target”.</source>
        <translation>«Зардап шегуші» рөліндегі кемінде бір баланы қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="100"/>
        <source>Add the child who committed the offence or was harmed by it.</source>
        <translation>Құқық бұзушылық жасаған немесе одан зардап шеккен баланы қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="102"/>
        <source>This child is listed twice.</source>
        <translation>Бұл бала тізімде екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="103"/>
        <source>Choose a student or type the name of a child from another school.</source>
        <translation>Оқушыны таңдаңыз немесе басқа мектеп баласының аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="105"/>
        <source>Before closing, mark every response step done or not applicable.</source>
        <translation>Жабу алдында ден қоюдың әр қадамын «орындалды» немесе «қажет емес» деп белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="107"/>
        <source>Give the step a title.</source>
        <translation>Қадамның атауын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="108"/>
        <source>Say who did the step.</source>
        <translation>Қадамды кім орындағанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="109"/>
        <source>Write in the note why the step does not apply.</source>
        <translation>Қадамның неге қажет емес екенін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="111"/>
        <source>A step cannot be both done and not applicable.</source>
        <translation>Қадам бір мезгілде әрі орындалған, әрі қажет емес бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="113"/>
        <source>This step is listed twice.</source>
        <translation>Бұл қадам тізімде екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="114"/>
        <source>The incident is closed: reopen it to change its response steps.</source>
        <translation>Оқиға жабылған: ден қою қадамдарын өзгерту үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="116"/>
        <source>Enter the time as DD.MM.YYYY HH:MM.</source>
        <translation>Уақытты КК.АА.ЖЖЖЖ СС:ММ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="32"/>
        <source>Email: one address like name@example.kz.</source>
        <translation>Электрондық пошта: name@example.kz сияқты бір ғана мекенжай.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="34"/>
        <source>An organisation of this kind with this name is already in the directory.</source>
        <translation>Осы түрдегі осындай атауы бар ұйым анықтамалықта бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="51"/>
        <source>Choose the child or the family.</source>
        <translation>Баланы немесе отбасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="52"/>
        <source>An entry is for one child or one family, not both.</source>
        <translation>Жазба бір балаға немесе бір отбасына арналады, екеуіне бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="54"/>
        <source>Already on this register on this ground since {since}: edit that entry.</source>
        <translation>{since} күннен бастап осы негіз бойынша осы есепте тұр: сол жазбаны өңдеңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="56"/>
        <source>Give the removal date, or clear the reason and the protocol No.</source>
        <translation>Есептен шығару күнін көрсетіңіз немесе себебі мен хаттама нөмірін өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="58"/>
        <source>The child turns 18 only on {date}.</source>
        <translation>Бала 18 жасқа тек {date} күні толады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="59"/>
        <source>Measure {row}: {problem}</source>
        <translation>Іс-шара № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="60"/>
        <location filename="../../pedagogue_app/services/support_plans.py" line="101"/>
        <source>Review {row}: {problem}</source>
        <translation>Қайта қарау № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="61"/>
        <source>a measure marked done needs its result.</source>
        <translation>орындалды деп белгіленген іс-шараның нәтижесі көрсетілуі керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="63"/>
        <source>the next review must come after the review date.</source>
        <translation>келесі қайта қарау осы қайта қарау күнінен кейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="65"/>
        <source>the review date is after the removal date ({other}).</source>
        <translation>қайта қарау күні есептен шығару күнінен ({other}) кейін.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="96"/>
        <source>Enter the time as HH:MM, e.g. 09:30.</source>
        <translation>Уақытты СС:ММ түрінде енгізіңіз, мысалы, 09:30.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="97"/>
        <source>The follow-up date must be after the session date.</source>
        <translation>Қайта кездесу күні кеңес күнінен кейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="99"/>
        <source>A group session needs at least {min} students.</source>
        <translation>Топтық сабаққа кемінде {min} оқушы қатысуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="101"/>
        <source>Add at least one parent taking part in the family session.</source>
        <translation>Отбасылық кеңеске қатысатын кемінде бір ата-ананы қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="103"/>
        <source>Only group and family sessions have participants.</source>
        <translation>Қатысушылар тек топтық сабақта және отбасылық кеңесте болады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="105"/>
        <source>This student is already in the list.</source>
        <translation>Бұл оқушы тізімде бар.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="107"/>
        <source>Choose the student from the register.</source>
        <translation>Оқушыны тізілімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="109"/>
        <source>A student under 18 needs a parent&apos;s consent (only a crisis session may be held without it).</source>
        <translation>18 жасқа толмаған оқушыға ата-ананың келісімі қажет (онсыз тек дағдарыстық көмек көрсетуге болады).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="112"/>
        <source>The summary repeats the confidential request, results or conclusion: write a short summary for the social pedagogue in other words.</source>
        <translation>Түйін құпия сұранысты, нәтижелерді немесе қорытындыны қайталайды: әлеуметтік педагогке арналған қысқа түйінді басқа сөздермен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="88"/>
        <source>The conclusion must stay valid after the day it was issued ({other}).</source>
        <translation>Қорытындының жарамдылық мерзімі берілген күнінен ({other}) кейін аяқталуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="90"/>
        <source>A PMPK conclusion is valid for at most {years} years: check the year.</source>
        <translation>ПМПК қорытындысы ең көбі {years} жыл жарамды: жылды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="92"/>
        <source>A plan covers at most {years} years: check the year.</source>
        <translation>Жоспар ең көбі {years} жылды қамтиды: жылды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="94"/>
        <source>The plan after PMPK No. {no} already covers {start} – {end}: a child has one plan at a time. Change the dates or end that plan first.</source>
        <translation>№ {no} ПМПК қорытындысы бойынша жоспар {start} – {end} кезеңін қамтиды: балада бір уақытта бір ғана жоспар болады. Күндерді өзгертіңіз немесе алдымен сол жоспарды аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="97"/>
        <source>Add at least one goal: reviews and the parent&apos;s acknowledgement refer to the goals.</source>
        <translation>Кемінде бір мақсат қосыңыз: қайта қарау мен ата-ананың танысуы мақсаттарға қатысты.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="100"/>
        <source>Goal {row}: {problem}</source>
        <translation>Мақсат № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/documents.py" line="61"/>
        <source>Choose the language of the document: Kazakh or Russian.</source>
        <translation>Құжаттың тілін таңдаңыз: қазақ немесе орыс.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/documents.py" line="63"/>
        <source>Fill in the school profile first: every document carries the school&apos;s name, BIN and address.</source>
        <translation>Алдымен мектеп профилін толтырыңыз: әр құжатта мектептің атауы, БСН және мекенжайы болады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/journal.py" line="38"/>
        <source>This organisation is no longer in the directory: choose again.</source>
        <translation>Бұл ұйым анықтамалықта енді жоқ: қайта таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="66"/>
        <source>This organisation is of another kind: choose the addressee among the organisations of this kind.</source>
        <translation>Бұл ұйым басқа түрге жатады: алушыны осы түрдегі ұйымдардың ішінен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="69"/>
        <source>Choose the legal representative among the child&apos;s family members.</source>
        <translation>Заңды өкілді баланың отбасы мүшелерінің ішінен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="71"/>
        <source>The reply-by date cannot be before today.</source>
        <translation>Жауап мерзімі бүгінгі күннен бұрын болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="73"/>
        <source>The letter was issued as No. {number} of {date}: its text can no longer be changed.</source>
        <translation>Хат {date} күнгі № {number} болып тіркелді: оның мәтінін бұдан былай өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="76"/>
        <source>This referral was already issued as No. {number} of {date}.</source>
        <translation>Бұл жолдама {date} күнгі № {number} болып тіркеліп қойған.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="78"/>
        <source>The letter has not been issued yet: issue it first.</source>
        <translation>Хат әлі тіркелмеген: алдымен оны тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="80"/>
        <source>Fill in the school profile first: the letterhead is made from it.</source>
        <translation>Алдымен мектеп профилін толтырыңыз: бланк соның негізінде жасалады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="82"/>
        <source>The PMPK package needs this: fill it in before issuing.</source>
        <translation>ПМПК пакетіне бұл қажет: тіркемес бұрын толтырыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="84"/>
        <source>At most {max} lines.</source>
        <translation>Ең көбі {max} жол.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="59"/>
        <source>The period cannot end before it starts.</source>
        <translation>Кезең басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="60"/>
        <source>The period cannot start in the future.</source>
        <translation>Кезең болашақта басталмауы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="61"/>
        <source>This report has no Excel form; use the PDF.</source>
        <translation>Бұл есептің Excel нұсқасы жоқ; PDF пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="111"/>
        <source>Plain text only: no control characters and no ИИН.</source>
        <translation>Тек қарапайым мәтін: басқару таңбаларынсыз және ЖСН-сыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="82"/>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде 10 таңба қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="84"/>
        <source>The password cannot be only digits: add letters.</source>
        <translation>Құпиясөз тек цифрлардан тұрмауы керек: әріптер қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="86"/>
        <source>The password cannot contain the login name or a part of the full name.</source>
        <translation>Құпиясөзде логин немесе аты-жөнінің бөлігі болмауы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="88"/>
        <source>This password is one of the most common ones and is guessed first.</source>
        <translation>Бұл — ең кең таралған құпиясөздердің бірі, оны бірінші кезекте табады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="90"/>
        <source>The password repeats too few characters: use at least 5 different ones.</source>
        <translation>Құпиясөзде әртүрлі таңбалар тым аз: кемінде 5 түрлі таңба қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="92"/>
        <source>The new password must differ from the old one.</source>
        <translation>Жаңа құпиясөз ескісінен өзгеше болуы керек.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="94"/>
        <source>A login name is 1 to 128 printable characters without spaces at the ends.</source>
        <translation>Логин басында және соңында бос орынсыз 1-ден 128-ге дейін басып шығарылатын таңбадан тұрады.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="96"/>
        <source>This login name is already used.</source>
        <translation>Бұл логин бұрыннан қолданылып жүр.</translation>
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
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="142"/>
        <source>Only the administrator manages accounts.</source>
        <translation>Есептік жазбаларды тек әкімші басқарады.</translation>
    </message>
</context>
</TS>
