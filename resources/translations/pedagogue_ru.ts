<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="69"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="70"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="71"/>
        <source>Failed logins</source>
        <translation>Неудачные входы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="72"/>
        <source>Locked</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="77"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="78"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="80"/>
        <source>locked</source>
        <translation>заблокирована</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="264"/>
        <source>This is the last active administrator account: it cannot be disabled. Create another administrator first.</source>
        <translation>Это последняя активная учётная запись администратора: её нельзя отключить. Сначала создайте другого администратора.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="268"/>
        <source>This account is disabled.</source>
        <translation>Эта учётная запись отключена.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="270"/>
        <source>This account no longer exists. The list is read again.</source>
        <translation>Этой учётной записи больше нет. Список обновлён.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="273"/>
        <source>The key file of the register refused the change: %1</source>
        <translation>Файл ключей реестра не принял изменение: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="276"/>
        <source>The account could not be changed: %1</source>
        <translation>Не удалось изменить учётную запись: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="361"/>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="447"/>
        <source>Only the administrator manages accounts.</source>
        <translation>Учётными записями управляет только администратор.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="405"/>
        <source>Account %1 created.</source>
        <translation>Учётная запись %1 создана.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="413"/>
        <source>New password set for %1; the account is unlocked.</source>
        <translation>Для %1 задан новый пароль; учётная запись разблокирована.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="421"/>
        <source>%1 can log in again: failed logins cleared.</source>
        <translation>%1 снова может войти: счётчик неудачных входов сброшен.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="428"/>
        <source>Disable the account %1 (%2)? It can no longer log in; its records and its audit events are kept.</source>
        <translation>Отключить учётную запись %1 (%2)? Войти с ней будет нельзя; её записи и события в журнале аудита сохранятся.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="432"/>
        <source>This is your own account: once the screen locks or you log out, you cannot log in with it again.</source>
        <translation>Это ваша собственная учётная запись: после блокировки экрана или выхода вы больше не сможете войти с ней.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="435"/>
        <source>Disable account</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="441"/>
        <source>Account %1 disabled.</source>
        <translation>Учётная запись %1 отключена.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="454"/>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="483"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="471"/>
        <source>Only the administrator changes the screen lock.</source>
        <translation>Изменять блокировку экрана может только администратор.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/accounts_page.py" line="474"/>
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Сохранено: экран блокируется через %n минуту бездействия.</numerusform>
            <numerusform>Сохранено: экран блокируется через %n минуты бездействия.</numerusform>
            <numerusform>Сохранено: экран блокируется через %n минут бездействия.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="485"/>
        <source>Everyone who works in the register logs in with their own account. Enter or a double-click resets the password of the chosen account; Delete disables it.</source>
        <translation>Каждый, кто работает в реестре, входит под своей учётной записью. Клавиша Enter или двойной щелчок сбрасывает пароль выбранной учётной записи; клавиша Delete отключает её.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="487"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="488"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="489"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="490"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="491"/>
        <source>Screen lock</source>
        <translation>Блокировка экрана</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="492"/>
        <source>Lock after idle &amp;minutes:</source>
        <translation>Блокировать при бездействии &amp;более:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="494"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="496"/>
        <source>For every user of this register. Ctrl+L or F12 locks the screen at once.</source>
        <translation>Для всех пользователей этого реестра. Ctrl+L или F12 сразу блокирует экран.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="210"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="212"/>
        <source>Each colleague gets their own account. Give them the first password in person and ask them to change it (Account → Change password…).</source>
        <translation>Каждый коллега получает собственную учётную запись. Передайте ему первый пароль лично и попросите сменить его (Учётная запись → Сменить пароль…).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="214"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="216"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="218"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="225"/>
        <source>&amp;Create account</source>
        <translation>&amp;Создать учётную запись</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="249"/>
        <source>New register: the administrator</source>
        <translation>Новый реестр: администратор</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="250"/>
        <source>Encrypt the register</source>
        <translation>Шифрование реестра</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="252"/>
        <source>The register will be encrypted: it opens only with the password of one of its accounts. Create the administrator first; the administrator then creates the accounts of colleagues. Next you will see the recovery key, which opens the register if every password is forgotten.</source>
        <translation>Реестр будет зашифрован: открыть его можно только с паролем одной из его учётных записей. Сначала создайте администратора; затем администратор создаст учётные записи коллег. Далее будет показан ключ восстановления, который открывает реестр, если забыты все пароли.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="256"/>
        <source>This register was made by an earlier version of the program and is not encrypted. It will be encrypted now: first an encrypted backup copy is made in the backups folder, then the register itself is encrypted. Nothing is lost. From now on it opens only with a password: create the administrator who will log in.</source>
        <translation>Этот реестр создан более ранней версией программы и не зашифрован. Сейчас он будет зашифрован: сначала в папке резервных копий создаётся зашифрованная резервная копия, затем шифруется сам реестр. Данные не теряются. С этого момента реестр открывается только по паролю: создайте администратора, который будет входить в программу.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="260"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="262"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="264"/>
        <source>&amp;Create the administrator</source>
        <translation>&amp;Создать администратора</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="265"/>
        <source>&amp;Encrypt the register</source>
        <translation>&amp;Зашифровать реестр</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="178"/>
        <source>Only the administrator reads the audit log.</source>
        <translation>Просматривать журнал аудита может только администратор.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="182"/>
        <source>The newest %n events are shown: narrow the dates to see older ones.</source>
        <translation>
            <numerusform>Показаны последние %n событие: чтобы увидеть более ранние, сузьте период.</numerusform>
            <numerusform>Показаны последние %n события: чтобы увидеть более ранние, сузьте период.</numerusform>
            <numerusform>Показаны последние %n событий: чтобы увидеть более ранние, сузьте период.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="184"/>
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>Показано %n событие.</numerusform>
            <numerusform>Показано %n события.</numerusform>
            <numerusform>Показано %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="193"/>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="198"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="206"/>
        <source>Only the administrator checks the audit log.</source>
        <translation>Проверять журнал аудита может только администратор.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="212"/>
        <source>The log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Целостность журнала не нарушена: проверено %n событие.</numerusform>
            <numerusform>Целостность журнала не нарушена: проверено %n события.</numerusform>
            <numerusform>Целостность журнала не нарушена: проверено %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="223"/>
        <source>The log is broken at event #%1: %2</source>
        <translation>Целостность журнала нарушена на событии № %1: %2</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="225"/>
        <source>The log is broken at event #%1 (%2, %3): %4</source>
        <translation>Целостность журнала нарушена на событии № %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="255"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="257"/>
        <source>Who did what and when — logins, failed logins, locks, prints, exports, account changes — never what a record says. The log cannot be edited or deleted: each event carries the hash of the one before it, so a changed or removed event is found by “Check the chain”.</source>
        <translation>Кто, что и когда сделал — входы, неудачные входы, блокировки, печать, экспорт, изменения учётных записей, — но не содержание записей. Журнал нельзя изменить или удалить: каждое событие содержит хеш предыдущего, поэтому изменённое или удалённое событие обнаруживается кнопкой «Проверить цепочку».</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="261"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="262"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="263"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="264"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="265"/>
        <source>&amp;Check the chain</source>
        <translation>Про&amp;верить цепочку</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="64"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="65"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="66"/>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="67"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="8"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="9"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="12"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="13"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="14"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="17"/>
        <source>incomplete family</source>
        <translation>неполная семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="18"/>
        <source>large family (4+ children)</source>
        <translation>многодетная семья (4+ детей)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="19"/>
        <source>low-income / АСП</source>
        <translation>малообеспеченная / АСП</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="20"/>
        <source>guardianship / foster</source>
        <translation>опека / приёмная семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="21"/>
        <source>orphan</source>
        <translation>сирота</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="22"/>
        <source>disability (child or parent)</source>
        <translation>инвалидность (ребёнок или родитель)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="23"/>
        <source>emergency</source>
        <translation>чрезвычайная ситуация</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="24"/>
        <location filename="../../pedagogue_app/services/catalog.py" line="40"/>
        <source>difficult life situation</source>
        <translation>трудная жизненная ситуация</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="25"/>
        <source>dysfunctional family</source>
        <translation>неблагополучная семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="26"/>
        <source>migrants / кандасы</source>
        <translation>мигранты / кандасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="29"/>
        <source>school register</source>
        <translation>внутришкольный учёт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="30"/>
        <source>police (ОЮП)</source>
        <translation>учёт в полиции (ОЮП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="31"/>
        <source>commission (КДНиЗП)</source>
        <translation>учёт в КДНиЗП</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="34"/>
        <source>learning difficulties</source>
        <translation>трудности в обучении</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="35"/>
        <source>systematic unexcused absence</source>
        <translation>систематические пропуски без уважительной причины</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="36"/>
        <source>antisocial behaviour</source>
        <translation>антиобщественное поведение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="37"/>
        <source>offence committed</source>
        <translation>совершение правонарушения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="38"/>
        <source>victim of violence</source>
        <translation>жертва насилия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="39"/>
        <source>suicidal risk</source>
        <translation>суицидальный риск</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="44"/>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="45"/>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="46"/>
        <source>stepmother</source>
        <translation>мачеха</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="47"/>
        <source>stepfather</source>
        <translation>отчим</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="48"/>
        <source>grandmother</source>
        <translation>бабушка</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="49"/>
        <source>grandfather</source>
        <translation>дедушка</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="50"/>
        <source>guardian</source>
        <translation>опекун</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="51"/>
        <source>brother or sister</source>
        <translation>брат или сестра</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="52"/>
        <source>other relative</source>
        <translation>другой родственник</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="55"/>
        <source>1: receives targeted social assistance (АСП)</source>
        <translation>1: получает адресную социальную помощь (АСП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="56"/>
        <source>2: income below the subsistence minimum</source>
        <translation>2: доход ниже прожиточного минимума</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="57"/>
        <source>3: orphan or without parental care</source>
        <translation>3: сирота или без попечения родителей</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="58"/>
        <source>4: family in an emergency</source>
        <translation>4: нуждается в экстренной помощи вследствие ЧС</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="59"/>
        <source>5: other, by collegial decision</source>
        <translation>5: иные, по решению коллегиального органа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="66"/>
        <source>special educational needs</source>
        <translation>особые образовательные потребности</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="21"/>
        <source>register entry</source>
        <translation>запись об учёте</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="22"/>
        <source>home visit</source>
        <translation>акт обследования ЖБУ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="23"/>
        <source>special-needs plan</source>
        <translation>план сопровождения (ООП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="24"/>
        <source>psychologist session</source>
        <translation>консультация психолога</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="25"/>
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="26"/>
        <source>referral letter</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="29"/>
        <source>home visit due</source>
        <translation>срок повторного обследования ЖБУ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="30"/>
        <source>plan measure due</source>
        <translation>срок мероприятия плана</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="31"/>
        <source>register review due</source>
        <translation>срок мониторинга по учёту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="32"/>
        <source>PMPK conclusion expires</source>
        <translation>истекает заключение ПМПК</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="33"/>
        <source>evidence document expires</source>
        <translation>истекает подтверждающий документ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="34"/>
        <source>free-meals evidence expires</source>
        <translation>истекает документ на бесплатное питание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="35"/>
        <source>incident step past its deadline</source>
        <translation>просрочено действие по инциденту</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="36"/>
        <source>session follow-up due</source>
        <translation>срок повторной встречи с психологом</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="37"/>
        <source>referral reply awaited</source>
        <translation>ожидается ответ на письмо</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="21"/>
        <source>phone call</source>
        <translation>телефонный звонок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="22"/>
        <source>meeting at school</source>
        <translation>встреча в школе</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="23"/>
        <source>visit to the family</source>
        <translation>посещение семьи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="24"/>
        <source>text message</source>
        <translation>текстовое сообщение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="25"/>
        <source>letter or notice</source>
        <translation>письмо или уведомление</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="27"/>
        <source>planned visit</source>
        <translation>плановое обследование</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="28"/>
        <source>unplanned visit</source>
        <translation>внеплановое обследование</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="29"/>
        <source>at the request of a body</source>
        <translation>по запросу органа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="32"/>
        <source>living conditions satisfactory</source>
        <translation>условия удовлетворительные</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="33"/>
        <source>living conditions unsatisfactory</source>
        <translation>условия неудовлетворительные</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="38"/>
        <source>owned</source>
        <translation>собственное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="39"/>
        <source>rented</source>
        <translation>арендованное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="40"/>
        <source>living with relatives</source>
        <translation>проживают у родственников</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="41"/>
        <source>service housing</source>
        <translation>служебное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="42"/>
        <source>social (municipal) housing</source>
        <translation>социальное (коммунальное)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="43"/>
        <source>dormitory</source>
        <translation>общежитие</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="44"/>
        <source>no housing of their own</source>
        <translation>нет собственного жилья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="47"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="61"/>
        <source>good</source>
        <translation>хорошее</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="48"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="62"/>
        <source>satisfactory</source>
        <translation>удовлетворительное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="49"/>
        <source>needs repair</source>
        <translation>требует ремонта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="50"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="63"/>
        <source>unsatisfactory</source>
        <translation>неудовлетворительное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="51"/>
        <source>dilapidated (unsafe)</source>
        <translation>аварийное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="54"/>
        <source>central</source>
        <translation>центральное</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="55"/>
        <source>own gas boiler</source>
        <translation>собственный газовый котёл</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="56"/>
        <source>electric</source>
        <translation>электрическое</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="57"/>
        <source>stove (coal, wood)</source>
        <translation>печное (уголь, дрова)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="58"/>
        <source>no heating</source>
        <translation>отопления нет</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="67"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="23"/>
        <source>commission for minors&apos; affairs (КДНиЗП)</source>
        <translation>комиссия по делам несовершеннолетних и защите их прав (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="68"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="22"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="60"/>
        <source>juvenile police (ОЮП)</source>
        <translation>ювенальная полиция (ОЮП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="69"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="24"/>
        <source>guardianship body</source>
        <translation>орган опеки и попечительства</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="70"/>
        <source>education department</source>
        <translation>отдел образования</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="71"/>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="72"/>
        <source>social protection department</source>
        <translation>орган социальной защиты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="43"/>
        <source>violence</source>
        <translation>насилие</translation>
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
        <translation>безнадзорность</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="47"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="64"/>
        <source>self-harm</source>
        <translation>самоповреждение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="48"/>
        <source>running away</source>
        <translation>самовольный уход</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="49"/>
        <source>offence</source>
        <translation>правонарушение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="52"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="53"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="56"/>
        <source>target</source>
        <translation>пострадавший</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="57"/>
        <source>initiator</source>
        <translation>инициатор</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="58"/>
        <source>witness</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="62"/>
        <source>Children separated, safety ensured</source>
        <translation>Дети разделены, безопасность обеспечена</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="63"/>
        <source>School administration informed</source>
        <translation>Администрация школы проинформирована</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="64"/>
        <source>Police (juvenile inspector) notified</source>
        <translation>Полиция (инспектор ОЮП) уведомлена</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="65"/>
        <source>Parents (legal representatives) informed</source>
        <translation>Родители (законные представители) уведомлены</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="66"/>
        <source>Guardianship body informed</source>
        <translation>Орган опеки и попечительства уведомлён</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="67"/>
        <source>Child informed about the 111 helpline</source>
        <translation>Ребёнку сообщено о телефоне доверия 111</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="68"/>
        <source>Referred to a crisis centre</source>
        <translation>Ребёнок направлен в кризисный центр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="69"/>
        <source>Psychologist consultation</source>
        <translation>Консультация психолога</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="96"/>
        <source>Disclosed in a psychologist session on {date}.</source>
        <translation>Сообщено на консультации психолога {date}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="21"/>
        <source>PMPK (ПМПК)</source>
        <translation>ПМПК</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="25"/>
        <source>crisis centre</source>
        <translation>кризисный центр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="26"/>
        <source>rehabilitation centre</source>
        <translation>реабилитационный центр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="27"/>
        <source>polyclinic</source>
        <translation>поликлиника</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="28"/>
        <source>other organisation</source>
        <translation>другая организация</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="37"/>
        <source>positive dynamics</source>
        <translation>положительная динамика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="38"/>
        <source>transferred to another school</source>
        <translation>перевод в другую школу</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="39"/>
        <source>finished school</source>
        <translation>окончание школы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="40"/>
        <source>reached the age of 18</source>
        <translation>достижение 18 лет</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="41"/>
        <source>decision of the prevention council</source>
        <translation>решение совета профилактики</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="44"/>
        <source>to do</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="45"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="46"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="40"/>
        <source>individual consultation</source>
        <translation>индивидуальная консультация</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="41"/>
        <source>group session</source>
        <translation>групповое занятие</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="42"/>
        <source>family consultation</source>
        <translation>семейная консультация</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="43"/>
        <source>diagnostics</source>
        <translation>диагностика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="44"/>
        <source>correctional session</source>
        <translation>коррекционное занятие</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="45"/>
        <source>crisis intervention</source>
        <translation>кризисное вмешательство</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="46"/>
        <source>psycho-education</source>
        <translation>психопросвещение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="49"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="71"/>
        <source>student</source>
        <translation>учащийся</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="50"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="55"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="72"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="51"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="56"/>
        <source>teacher</source>
        <translation>педагог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="54"/>
        <source>self-referral</source>
        <translation>самообращение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="57"/>
        <source>school administration</source>
        <translation>администрация школы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="59"/>
        <source>commission for minors (КДНиЗП)</source>
        <translation>комиссия по делам несовершеннолетних (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="63"/>
        <source>suicidal thoughts</source>
        <translation>суицидальные мысли</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="65"/>
        <source>abuse disclosed</source>
        <translation>сообщено о насилии</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="27"/>
        <source>general curriculum</source>
        <translation>общеобразовательная программа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="28"/>
        <source>adapted curriculum</source>
        <translation>адаптированная программа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="29"/>
        <source>special curriculum</source>
        <translation>специальная программа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="30"/>
        <source>individual curriculum</source>
        <translation>индивидуальный учебный план</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="33"/>
        <source>inclusive class</source>
        <translation>инклюзивный класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="34"/>
        <source>special class</source>
        <translation>специальный класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="35"/>
        <source>home schooling</source>
        <translation>обучение на дому</translation>
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
        <translation>психолог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="41"/>
        <source>teacher assistant</source>
        <translation>ассистент педагога</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="46"/>
        <source>delayed mental development</source>
        <translation>задержка психического развития</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="47"/>
        <source>severe speech disorder</source>
        <translation>тяжёлое нарушение речи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="48"/>
        <source>hearing impairment</source>
        <translation>нарушение слуха</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="49"/>
        <source>visual impairment</source>
        <translation>нарушение зрения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="50"/>
        <source>musculoskeletal disorder</source>
        <translation>нарушение опорно-двигательного аппарата</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="51"/>
        <source>autism spectrum disorder</source>
        <translation>расстройство аутистического спектра</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="52"/>
        <source>intellectual disability</source>
        <translation>нарушение интеллекта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="53"/>
        <source>emotional and behavioural disorder</source>
        <translation>эмоционально-поведенческое нарушение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="56"/>
        <source>speech</source>
        <translation>речь</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="57"/>
        <source>cognition</source>
        <translation>познавательная сфера</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="58"/>
        <source>emotions</source>
        <translation>эмоциональная сфера</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="59"/>
        <source>communication</source>
        <translation>общение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="60"/>
        <source>learning</source>
        <translation>обучение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="61"/>
        <source>motor skills</source>
        <translation>моторика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="62"/>
        <source>self-care</source>
        <translation>самообслуживание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="63"/>
        <source>behaviour</source>
        <translation>поведение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="67"/>
        <source>PMPK conclusion and support plan</source>
        <translation>заключение ПМПК и план сопровождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="68"/>
        <source>support plan review</source>
        <translation>мониторинг плана сопровождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="36"/>
        <source>referral to the PMPK</source>
        <translation>направление на ПМПК</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="37"/>
        <source>referral to a rehabilitation centre</source>
        <translation>направление в реабилитационный центр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="38"/>
        <source>referral to a crisis centre</source>
        <translation>направление в кризисный центр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="39"/>
        <source>letter to the juvenile police (ОЮП)</source>
        <translation>письмо в отдел ювенальной полиции (ОЮП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="40"/>
        <source>letter to the commission for minors&apos; affairs (КДНиЗП)</source>
        <translation>письмо в комиссию по делам несовершеннолетних и защите их прав (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="41"/>
        <source>letter to the guardianship body</source>
        <translation>письмо в орган опеки и попечительства</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="42"/>
        <source>referral to a polyclinic</source>
        <translation>направление в поликлинику</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="45"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="46"/>
        <source>issued, not sent</source>
        <translation>зарегистрировано, не отправлено</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="47"/>
        <source>sent, reply awaited</source>
        <translation>отправлено, ждём ответа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="48"/>
        <source>reply received</source>
        <translation>ответ получен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="49"/>
        <source>reply overdue</source>
        <translation>ответ просрочен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="53"/>
        <source>delivered by hand</source>
        <translation>вручено лично</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="54"/>
        <source>by post</source>
        <translation>почтой</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="55"/>
        <source>by e-mail</source>
        <translation>по электронной почте</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="56"/>
        <source>through the electronic document system</source>
        <translation>через систему электронного документооборота</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="59"/>
        <source>reply to a referral</source>
        <translation>ответ на направление</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="22"/>
        <source>Social passport</source>
        <translation>Социальный паспорт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="23"/>
        <source>Free meals and Vseobuch lists</source>
        <translation>Списки на бесплатное питание и Всеобуч</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="24"/>
        <source>Period report</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="25"/>
        <source>Specialists&apos; workload</source>
        <translation>Нагрузка специалистов</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="26"/>
        <source>Anonymous statistics for the district</source>
        <translation>Обезличенная статистика для района</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="27"/>
        <source>Journal of outgoing letters</source>
        <translation>Журнал исходящих писем</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="28"/>
        <source>Blank home-visit act forms</source>
        <translation>Пустые бланки актов посещения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="29"/>
        <source>Blank incident forms</source>
        <translation>Пустые бланки об инцидентах</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="32"/>
        <source>Counts of children by family and child category, for one class or the whole school with a row per class.</source>
        <translation>Число детей по категориям семей и детей: один класс или вся школа со строкой на каждый класс.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="35"/>
        <source>Children by the five free-meals categories with their evidence documents; expired and soon expiring documents are flagged.</source>
        <translation>Дети по пяти категориям бесплатного питания с подтверждающими документами; просроченные и скоро истекающие документы отмечены.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="38"/>
        <source>Home visits, psychologist sessions, incidents by type, referrals and replies, register changes in the period.</source>
        <translation>Посещения семей, занятия психолога, происшествия по видам, направления и ответы, изменения учёта за период.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="41"/>
        <source>Children, sessions, hours and visits per specialist in the period, against the size of the school.</source>
        <translation>Дети, занятия, часы и посещения на каждого специалиста за период в сравнении с численностью школы.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="44"/>
        <source>Counts only, without names or ИИН; counts under 5 are hidden so that no child can be recognised.</source>
        <translation>Только числа, без имён и ИИН; числа меньше 5 скрыты, чтобы ни одного ребёнка нельзя было узнать.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="47"/>
        <source>Every letter issued in the year of the period&apos;s end.</source>
        <translation>Все письма, зарегистрированные в году окончания периода.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="48"/>
        <source>Pre-numbered act forms to fill by hand on days without a computer.</source>
        <translation>Заранее пронумерованные бланки актов для заполнения от руки, когда нет компьютера.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="50"/>
        <source>Pre-numbered incident forms to fill by hand on days without a computer.</source>
        <translation>Заранее пронумерованные бланки об инциденте для заполнения от руки, когда нет компьютера.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="79"/>
        <source>login</source>
        <translation>вход</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="80"/>
        <source>failed login</source>
        <translation>неудачный вход</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="81"/>
        <source>logout</source>
        <translation>выход</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="82"/>
        <source>screen locked</source>
        <translation>экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="83"/>
        <source>screen unlocked</source>
        <translation>экран разблокирован</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="84"/>
        <source>restricted record viewed</source>
        <translation>просмотр записи с ограниченным доступом</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="85"/>
        <source>printed</source>
        <translation>распечатано</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="86"/>
        <source>saved as PDF</source>
        <translation>сохранено в PDF</translation>
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
        <translation>резервная копия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="90"/>
        <source>restore from backup</source>
        <translation>восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="91"/>
        <source>account created</source>
        <translation>учётная запись создана</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="92"/>
        <source>account changed</source>
        <translation>учётная запись изменена</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="93"/>
        <source>account disabled</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="94"/>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="95"/>
        <source>password reset</source>
        <translation>пароль сброшен</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="96"/>
        <source>settings changed</source>
        <translation>настройки изменены</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="101"/>
        <source>the event was changed after it was written</source>
        <translation>событие изменено после записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="102"/>
        <source>events are missing at this point of the log</source>
        <translation>в этом месте журнала не хватает событий</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="103"/>
        <source>the event was added outside the program</source>
        <translation>событие добавлено в обход программы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="104"/>
        <source>the events are not in the order they were written</source>
        <translation>события стоят не в том порядке, в каком были записаны</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="105"/>
        <source>the chain starts again here: its last known event was missing</source>
        <translation>цепочка здесь начинается заново: её последнее известное событие отсутствовало</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="107"/>
        <source>the record of the last event is missing</source>
        <translation>нет записи о последнем событии</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="123"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Текущий пароль неверен. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="136"/>
        <source>Your account was not found. Ask the administrator.</source>
        <translation>Ваша учётная запись не найдена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="139"/>
        <source>Your password is changed. Use the new password from now on, also to unlock the screen.</source>
        <translation>Пароль изменён. Теперь используйте новый пароль, в том числе для разблокировки экрана.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="144"/>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="146"/>
        <source>Account %1. Type your current password, then the new one twice. Other accounts and the recovery key are not affected.</source>
        <translation>Учётная запись %1. Введите текущий пароль, затем дважды новый. Другие учётные записи и ключ восстановления не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="148"/>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="151"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="152"/>
        <source>&amp;Repeat the new password:</source>
        <translation>Повт&amp;орите новый пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="153"/>
        <source>&amp;Change password</source>
        <translation>&amp;Сменить пароль</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/dashboard.py" line="98"/>
        <source>%n item(s), of them overdue: %1</source>
        <translation>
            <numerusform>%n задача, из них просрочено: %1</numerusform>
            <numerusform>%n задачи, из них просрочено: %1</numerusform>
            <numerusform>%n задач, из них просрочено: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="104"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="104"/>
        <source>Children</source>
        <translation>Детей</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="114"/>
        <source>What needs doing — %1</source>
        <translation>Что нужно сделать — %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="115"/>
        <source>Everything</source>
        <translation>Все задачи</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="20"/>
        <source>Overdue and due in the next two weeks (Enter opens the record):</source>
        <translation>Просрочено и предстоит в ближайшие две недели (Enter открывает запись):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="28"/>
        <source>Children by register category:</source>
        <translation>Дети по категориям учёта:</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="67"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="68"/>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="71"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="72"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="73"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="127"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="184"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="210"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="210"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="247"/>
        <source>The file was not saved: %1</source>
        <translation>Файл не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="26"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="27"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="28"/>
        <source>Who / which record</source>
        <translation>Кто / какая запись</translation>
    </message>
</context>
<context>
    <name>FamilyContactDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="47"/>
        <source>New contact with the family</source>
        <translation>Новый контакт с семьёй</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="48"/>
        <source>Edit contact with the family</source>
        <translation>Изменение контакта с семьёй</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="90"/>
        <source>Family: %1</source>
        <translation>Семья: %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="6"/>
        <source>Contact with the family</source>
        <translation>Контакт с семьёй</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="12"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="19"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="21"/>
        <source>&amp;With whom</source>
        <translation>&amp;С кем</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="23"/>
        <source>&amp;Summary</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="24"/>
        <source>What was discussed or agreed, facts only</source>
        <translation>Что обсудили или о чём договорились, только факты</translation>
    </message>
</context>
<context>
    <name>FamilyContactTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="43"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="44"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="45"/>
        <source>With whom</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="46"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
</context>
<context>
    <name>FamilyContactsWidget</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="140"/>
        <source>Save the family first; then its contacts can be logged.</source>
        <translation>Сначала сохраните семью, затем можно будет вносить контакты с ней.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="142"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="178"/>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="186"/>
        <source>Archive contact</source>
        <translation>Перевод контакта в архив</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="179"/>
        <source>Archive the contact of %1? It leaves the log and is kept in the register.</source>
        <translation>Перевести в архив контакт от %1? Он исчезнет из журнала, но сохранится в реестре.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="187"/>
        <source>You are not allowed to change this record.</source>
        <translation>У вас нет прав на изменение этой записи.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="196"/>
        <source>A&amp;dd contact…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="197"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="198"/>
        <source>Arch&amp;ive</source>
        <translation>В &amp;архив</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Act No.</source>
        <translation>№ акта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="116"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Work</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Evidence document No.</source>
        <translation>№ подтверждающего документа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="150"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="150"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="162"/>
        <source>&amp;Visits</source>
        <translation>Обс&amp;ледования</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="163"/>
        <source>C&amp;ontacts</source>
        <translation>Контакты с се&amp;мьёй</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="164"/>
        <source>&amp;New home visit…</source>
        <translation>&amp;Новый акт обследования…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="166"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="168"/>
        <source>New family</source>
        <translation>Новая семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="169"/>
        <source>Edit family</source>
        <translation>Изменение данных семьи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="197"/>
        <source>Children at this school: %1</source>
        <translation>Дети, обучающиеся в этой школе: %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="6"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="11"/>
        <source>&amp;General</source>
        <translation>&amp;Общие сведения</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="14"/>
        <source>&amp;Family name</source>
        <translation>&amp;Название семьи</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="15"/>
        <source>e.g. the surname; taken from the first member if empty</source>
        <translation>например, фамилия; если не указано, берётся у первого члена семьи</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="16"/>
        <source>&amp;Registered address</source>
        <translation>&amp;Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="18"/>
        <source>&amp;Actual address</source>
        <translation>&amp;Фактический адрес</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="22"/>
        <source>&amp;Housing</source>
        <translation>&amp;Жилищные условия</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="24"/>
        <source>Registered with p&amp;olice (ОЮП) on</source>
        <translation>На учёте в &amp;полиции (ОЮП) с</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="26"/>
        <source>Registered with the co&amp;mmission (КДНиЗП) on</source>
        <translation>На учёте в &amp;комиссии (КДНиЗП) с</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="28"/>
        <source>&amp;Notes</source>
        <translation>Пр&amp;имечания</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="33"/>
        <source>&amp;Members</source>
        <translation>&amp;Члены семьи</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="36"/>
        <source>Dates as DD.MM.YYYY. A valid ИИН fills the birth date.</source>
        <translation>Даты в формате ДД.ММ.ГГГГ. Дата рождения заполняется по верному ИИН.</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="39"/>
        <source>&amp;Add member</source>
        <translation>&amp;Добавить члена семьи</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="40"/>
        <source>&amp;Remove member</source>
        <translation>&amp;Удалить члена семьи</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="47"/>
        <source>&amp;Categories and risks</source>
        <translation>Категории и &amp;риски</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="54"/>
        <source>Free meals / Всеобуч</source>
        <translation>Бесплатное питание / Всеобуч</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="56"/>
        <source>Ca&amp;tegory</source>
        <translation>Кате&amp;гория</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="58"/>
        <source>E&amp;vidence document</source>
        <translation>Подт&amp;верждающий документ</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="60"/>
        <source>Valid &amp;until</source>
        <translation>Срок дей&amp;ствия</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="67"/>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="69"/>
        <source>Alcohol or drugs</source>
        <translation>Алкоголь или наркотики</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="70"/>
        <source>Domestic violence</source>
        <translation>Бытовое насилие</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="71"/>
        <source>Protection order issued</source>
        <translation>Вынесено защитное предписание</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="72"/>
        <source>A parent imprisoned</source>
        <translation>Родитель в местах лишения свободы</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="73"/>
        <source>Unemployment</source>
        <translation>Безработица</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="74"/>
        <source>Children left with relatives</source>
        <translation>Дети оставлены на попечение родственников</translation>
    </message>
</context>
<context>
    <name>FamilyListPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="146"/>
        <source>%n family(ies) shown</source>
        <translation>
            <numerusform>Показана %n семья</numerusform>
            <numerusform>Показаны %n семьи</numerusform>
            <numerusform>Показано %n семей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/family_list_page.ui" line="8"/>
        <source>Search by family or member name…</source>
        <translation>Поиск по названию семьи или ФИО её членов…</translation>
    </message>
    <message>
        <location filename="../../ui/family_list_page.ui" line="9"/>
        <source>&amp;New family…</source>
        <translation>&amp;Новая семья…</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <location filename="../../ui/family_picker.ui" line="6"/>
        <source>Choose a family</source>
        <translation>Выбор семьи</translation>
    </message>
    <message>
        <location filename="../../ui/family_picker.ui" line="8"/>
        <source>Search by family or member name…</source>
        <translation>Поиск по названию семьи или ФИО её членов…</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="210"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="211"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="212"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="123"/>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="125"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="123"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="125"/>
        <source>Relation, year of birth, occupation</source>
        <translation>Родство, год рождения, род занятий</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="264"/>
        <source>born %1</source>
        <translation>%1 г. р.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="271"/>
        <source>student, class %1</source>
        <translation>учащийся, класс %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="281"/>
        <source>not chosen</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="290"/>
        <source>Act No. %1 of %2</source>
        <translation>Акт № %1 от %2</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="294"/>
        <source>New home-visit act</source>
        <translation>Новый акт обследования ЖБУ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="295"/>
        <source>Home-visit act No. %1</source>
        <translation>Акт обследования ЖБУ № %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="6"/>
        <source>Home-visit act</source>
        <translation>Акт обследования жилищно-бытовых условий</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="12"/>
        <source>&amp;Act and commission</source>
        <translation>&amp;Акт и комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="16"/>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="19"/>
        <source>Act &amp;No.</source>
        <translation>&amp;Номер акта</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="20"/>
        <source>The next free number of the year is suggested; you may change it.</source>
        <translation>Предлагается следующий свободный номер за год; его можно изменить.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="21"/>
        <source>&amp;Date of the visit</source>
        <translation>Да&amp;та обследования</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="23"/>
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="24"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="25"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Цель</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="27"/>
        <source>Re&amp;quested by</source>
        <translation>Запросивший &amp;орган</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="29"/>
        <source>Stud&amp;ent</source>
        <translation>&amp;Учащийся</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="33"/>
        <location filename="../../ui/home_visit_dialog.ui" line="41"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="34"/>
        <source>Clear the student</source>
        <translation>Убрать учащегося</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="37"/>
        <source>&amp;Family</source>
        <translation>&amp;Семья</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="42"/>
        <source>Clear the family</source>
        <translation>Убрать семью</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="45"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="52"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="54"/>
        <source>Co&amp;mmission members (name and position)</source>
        <translation>&amp;Члены комиссии (ФИО и должность)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="58"/>
        <source>Add mem&amp;ber</source>
        <translation>&amp;Добавить члена</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="59"/>
        <source>Remo&amp;ve member</source>
        <translation>Уда&amp;лить члена</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="69"/>
        <source>&amp;Residents and housing</source>
        <translation>Проживающие и &amp;жильё</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="73"/>
        <source>Living at the address</source>
        <translation>Проживают по адресу</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="75"/>
        <source>Everyone &amp;living at the address (name; relation, year of birth, occupation)</source>
        <translation>&amp;Проживающие по адресу (ФИО; родство, год рождения, род занятий)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="79"/>
        <source>Add p&amp;erson</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="80"/>
        <source>Remove perso&amp;n</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="81"/>
        <source>Fill from the famil&amp;y</source>
        <translation>Заполнить из се&amp;мьи</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="90"/>
        <source>Housing</source>
        <translation>Жильё</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="93"/>
        <source>O&amp;wnership</source>
        <translation>Принад&amp;лежность жилья</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="95"/>
        <source>Roo&amp;ms</source>
        <translation>Число &amp;комнат</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="97"/>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="99"/>
        <source>Con&amp;dition of the dwelling</source>
        <translation>&amp;Состояние жилья</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="101"/>
        <source>Heatin&amp;g</source>
        <translation>&amp;Отопление</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="103"/>
        <source>Sanitary &amp;state</source>
        <translation>Сан&amp;итарное состояние</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="105"/>
        <source>Amenities</source>
        <translation>Удобства</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="108"/>
        <source>Running wa&amp;ter</source>
        <translation>&amp;Водопровод</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="109"/>
        <source>Sewerage</source>
        <translation>Канализация</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="110"/>
        <source>Gas</source>
        <translation>Газ</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="111"/>
        <source>Electricity</source>
        <translation>Электричество</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="120"/>
        <source>C&amp;hild and family</source>
        <translation>&amp;Ребёнок и семья</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="124"/>
        <source>The child has</source>
        <translation>У ребёнка есть</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="126"/>
        <source>Own room or corner</source>
        <translation>Своя комната или уголок</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="127"/>
        <source>Desk for homework</source>
        <translation>Стол для занятий</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="128"/>
        <source>Own bed</source>
        <translation>Своя кровать</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="129"/>
        <source>Seasonal clothes and shoes</source>
        <translation>Одежда и обувь по сезону</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="130"/>
        <source>School supplies</source>
        <translation>Школьные принадлежности</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="131"/>
        <source>Regular meals</source>
        <translation>Регулярное питание</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="132"/>
        <source>Computer or tablet</source>
        <translation>Компьютер или планшет</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="139"/>
        <source>Parents&apos; attention to st&amp;udies</source>
        <translation>Внимание родителей к &amp;учёбе</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="141"/>
        <source>Family &amp;climate</source>
        <translation>&amp;Климат в семье</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="143"/>
        <source>Signs of ne&amp;glect or violence</source>
        <translation>Признаки &amp;безнадзорности или насилия</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="144"/>
        <source>Facts only: what was seen and heard. Empty if none.</source>
        <translation>Только факты: что увидели и услышали. Если признаков нет, оставьте пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="145"/>
        <source>The child&apos;s own &amp;words</source>
        <translation>&amp;Слова самого ребёнка</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="146"/>
        <source>Word for word, in quotation marks.</source>
        <translation>Дословно, в кавычках.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="152"/>
        <source>C&amp;onclusion</source>
        <translation>&amp;Заключение</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="155"/>
        <source>Concl&amp;usion</source>
        <translation>&amp;Вывод</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="157"/>
        <source>Recommendation&amp;s</source>
        <translation>Ре&amp;комендации</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="159"/>
        <source>&amp;Measures taken</source>
        <translation>&amp;Принятые меры</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="161"/>
        <source>&amp;Next visit</source>
        <translation>Сле&amp;дующее обследование</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="165"/>
        <source>In a month</source>
        <translation>Через месяц</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="166"/>
        <source>In three months</source>
        <translation>Через три месяца</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="170"/>
        <source>Si&amp;gned by (family)</source>
        <translation>Подпись от &amp;семьи</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="171"/>
        <source>Who read and signed the act, e.g. the mother</source>
        <translation>Кто ознакомился с актом и подписал его, например мать</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="172"/>
        <source>Re&amp;fused to sign</source>
        <translation>&amp;Отказ от подписи</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="209"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>teacher</source>
        <translation>педагог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>other school staff</source>
        <translation>другой работник школы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>neighbour</source>
        <translation>сосед</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="217"/>
        <source>stranger</source>
        <translation>посторонний</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Step (tick when done)</source>
        <translation>Действие (отметьте по выполнении)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Done at</source>
        <translation>Когда выполнено</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>Done by</source>
        <translation>Кем выполнено</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>N/A</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="230"/>
        <source>Drafted from a psychologist session.</source>
        <translation>Создан на основе консультации психолога.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="233"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="234"/>
        <source>Edit incident</source>
        <translation>Изменение инцидента</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="334"/>
        <source>A student of this school</source>
        <translation>Учащийся этой школы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="489"/>
        <source>Past its deadline</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="543"/>
        <source>Saved steps stay on the list: mark them not applicable instead.</source>
        <translation>Сохранённые действия остаются в списке: вместо удаления отметьте «Не требуется».</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="6"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="8"/>
        <source>Restricted record: facts only, shown to authorised staff.</source>
        <translation>Запись с ограниченным доступом: только факты; видна лишь уполномоченным сотрудникам.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="12"/>
        <source>&amp;General</source>
        <translation>&amp;Общие сведения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="15"/>
        <source>&amp;Type</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="17"/>
        <source>&amp;Happened</source>
        <translation>&amp;Когда произошло</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="19"/>
        <source>Reported to the &amp;school</source>
        <translation>Сообщено в &amp;школу</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="21"/>
        <source>Reported &amp;by</source>
        <translation>Кто &amp;сообщил</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="22"/>
        <source>name and position, e.g. class teacher of 5А</source>
        <translation>ФИО и должность, например классный руководитель 5А</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="23"/>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="24"/>
        <source>e.g. classroom 204, school yard, class chat</source>
        <translation>например кабинет 204, школьный двор, чат класса</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="25"/>
        <source>A&amp;dult involved</source>
        <translation>При&amp;частный взрослый</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="26"/>
        <source>name, only if an adult took part</source>
        <translation>ФИО, только если участвовал взрослый</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="27"/>
        <source>Adult&apos;s re&amp;lation to the child</source>
        <translation>Кем приходится ре&amp;бёнку</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="33"/>
        <source>&amp;Children</source>
        <translation>&amp;Дети</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="36"/>
        <source>Each child once, with a role. A child of another school: add a row and type the name.</source>
        <translation>Каждый ребёнок указывается один раз, с ролью. Ребёнок из другой школы: добавьте строку и введите ФИО.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="39"/>
        <source>Add &amp;student…</source>
        <translation>Добавить &amp;учащегося…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="40"/>
        <source>Add child of &amp;another school</source>
        <translation>Добавить ребёнка из другой &amp;школы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="41"/>
        <source>&amp;Remove</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="48"/>
        <source>&amp;Account</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="51"/>
        <source>What &amp;happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="52"/>
        <source>Facts only: who, what, when and where, as seen or as told. No judgements or diagnoses.</source>
        <translation>Только факты: кто, что, когда и где — как видели или как рассказали. Без оценок и диагнозов.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="53"/>
        <source>The child&apos;s own &amp;words</source>
        <translation>&amp;Слова самого ребёнка</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="54"/>
        <source>Word for word, in quotation marks</source>
        <translation>Дословно, в кавычках</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="55"/>
        <source>&amp;Injuries</source>
        <translation>&amp;Телесные повреждения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="56"/>
        <source>What was seen, and by whom; none if none</source>
        <translation>Что и кем замечено; «нет», если повреждений нет</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="60"/>
        <source>&amp;Response</source>
        <translation>&amp;Реагирование</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="63"/>
        <source>Tick a step when it is done: your name and the time are filled in and can be corrected (DD.MM.YYYY HH:MM). A step that does not apply: tick “N/A” and write why in the note.</source>
        <translation>Отметьте действие, когда оно выполнено: ваше имя и время заполнятся сами, их можно исправить (ДД.ММ.ГГГГ ЧЧ:ММ). Если действие не требуется, отметьте «Не требуется» и укажите причину в примечании.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="66"/>
        <source>Add &amp;step</source>
        <translation>Доба&amp;вить действие</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="67"/>
        <source>Remove st&amp;ep</source>
        <translation>&amp;Удалить действие</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="74"/>
        <source>Follow-up and cl&amp;osure</source>
        <translation>Контроль и &amp;закрытие</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="77"/>
        <source>&amp;Follow-up</source>
        <translation>Дальнейшие &amp;меры</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="78"/>
        <source>Further work planned with the children and the family</source>
        <translation>Дальнейшая работа, запланированная с детьми и семьёй</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="79"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="81"/>
        <source>Closed o&amp;n</source>
        <translation>Дата за&amp;крытия</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="83"/>
        <source>Closure no&amp;te</source>
        <translation>Пр&amp;имечание о закрытии</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="84"/>
        <source>The outcome, and why the case can be closed</source>
        <translation>Результат и основание для закрытия инцидента</translation>
    </message>
</context>
<context>
    <name>IncidentListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="117"/>
        <source>All types</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="119"/>
        <source>Open and closed</source>
        <translation>Открытые и закрытые</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/incident_list.py" line="141"/>
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>Показан %n инцидент</numerusform>
            <numerusform>Показаны %n инцидента</numerusform>
            <numerusform>Показано %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="8"/>
        <source>Search by child, place or reporter…</source>
        <translation>Поиск по ребёнку, месту или сообщившему…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="11"/>
        <source>Response &amp;checklists…</source>
        <translation>&amp;Алгоритмы реагирования…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="12"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Новый инцидент…</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="40"/>
        <source>Happened</source>
        <translation>Произошло</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="41"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="42"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="43"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="44"/>
        <source>Steps</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="45"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="444"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="464"/>
        <source>Switch user, or exit: edits not saved in open windows are then lost.</source>
        <translation>Смените пользователя или выйдите из программы: несохранённые изменения в открытых окнах при этом будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="467"/>
        <source>The password could not be checked: %1</source>
        <translation>Не удалось проверить пароль: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="473"/>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="485"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="477"/>
        <source>After %1 failed attempts in a row each further one makes you wait; after %2 the account is locked.</source>
        <translation>После %1 неудачных попыток подряд каждая следующая потребует ожидания; после %2 учётная запись будет заблокирована.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/lock_screen.py" line="480"/>
        <source>%n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>Ещё %n неудачная попытка — и учётная запись будет заблокирована.</numerusform>
            <numerusform>Ещё %n неудачные попытки — и учётная запись будет заблокирована.</numerusform>
            <numerusform>Ещё %n неудачных попыток — и учётная запись будет заблокирована.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="485"/>
        <source>Too many failed attempts.</source>
        <translation>Слишком много неудачных попыток.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/lock_screen.py" line="488"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Повторите попытку через %n с.</numerusform>
            <numerusform>Повторите попытку через %n с.</numerusform>
            <numerusform>Повторите попытку через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="502"/>
        <source>You can try again now.</source>
        <translation>Теперь можно повторить попытку.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="581"/>
        <source>School register</source>
        <translation>Школьный реестр</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="96"/>
        <source>The key file %1 beside the register is missing, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</source>
        <translation>Рядом с реестром нет файла ключей %1, поэтому реестр невозможно открыть. Восстановите %1 из папки резервных копий %2 или из своей копии. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="101"/>
        <source>The key file %1 beside the register is damaged, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</source>
        <translation>Файл ключей %1 рядом с реестром повреждён, поэтому реестр невозможно открыть. Восстановите %1 из папки резервных копий %2 или из своей копии. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="112"/>
        <source>This account is locked after too many failed attempts. Ask the administrator to unlock it, or use the recovery key (“Forgot password?”).</source>
        <translation>Учётная запись заблокирована из-за слишком большого числа неудачных попыток. Попросите администратора разблокировать её или воспользуйтесь ключом восстановления («Забыли пароль?»).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="117"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="119"/>
        <source>This account cannot log in now. Ask the administrator.</source>
        <translation>С этой учётной записью сейчас нельзя войти. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Login name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="239"/>
        <source>Enter your login name and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="263"/>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="300"/>
        <source>Wrong login name or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="288"/>
        <source>You can try again now.</source>
        <translation>Теперь можно повторить попытку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="293"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Повторите попытку через %n с.</numerusform>
            <numerusform>Повторите попытку через %n с.</numerusform>
            <numerusform>Повторите попытку через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="294"/>
        <source>Try again in %n min.</source>
        <translation>
            <numerusform>Повторите попытку через %n мин.</numerusform>
            <numerusform>Повторите попытку через %n мин.</numerusform>
            <numerusform>Повторите попытку через %n мин.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="299"/>
        <source>Too many failed attempts.</source>
        <translation>Слишком много неудачных попыток.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="302"/>
        <source>%n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>Ещё %n неудачная попытка — и учётная запись будет заблокирована.</numerusform>
            <numerusform>Ещё %n неудачные попытки — и учётная запись будет заблокирована.</numerusform>
            <numerusform>Ещё %n неудачных попыток — и учётная запись будет заблокирована.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="330"/>
        <source>School register (demo)</source>
        <translation>Школьный реестр (демо)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="330"/>
        <source>School register</source>
        <translation>Школьный реестр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="331"/>
        <source>Log in: %1</source>
        <translation>Вход: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="333"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="335"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="337"/>
        <source>&amp;Show the password</source>
        <translation>Показ&amp;ать пароль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="338"/>
        <source>Log &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="339"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="341"/>
        <source>Demo accounts</source>
        <translation>Демонстрационные учётные записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="343"/>
        <source>Fictional accounts of the demo school, one per role. Click one to fill in the fields.</source>
        <translation>Вымышленные учётные записи демонстрационной школы, по одной на каждую роль. Щёлкните по строке, чтобы заполнить поля.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="44"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="45"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="46"/>
        <source>Families</source>
        <translation>Семьи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="47"/>
        <source>Psychologist sessions</source>
        <translation>Консультации психолога</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="48"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="49"/>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="50"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="51"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="42"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="43"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="221"/>
        <source>Switch user</source>
        <translation>Смена пользователя</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="222"/>
        <source>Close the register for another user? Edits not saved in open windows are lost.</source>
        <translation>Закрыть реестр, чтобы вошёл другой пользователь? Несохранённые изменения в открытых окнах будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="243"/>
        <source>Choose the folder for the backup (e.g. a USB stick)</source>
        <translation>Выберите папку для резервной копии (например, флеш-накопитель)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="252"/>
        <source>Your role may not make a backup.</source>
        <translation>Ваша роль не позволяет делать резервные копии.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="254"/>
        <location filename="../../pedagogue_app/views/main_window.py" line="256"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="257"/>
        <source>The backup was written to %1, with the key file beside it. Keep the stick in a safe place: with a password or the recovery key it restores the register on any computer.</source>
        <translation>Резервная копия записана в %1, рядом с ней файл ключей. Храните накопитель в надёжном месте: с паролем или ключом восстановления он восстанавливает реестр на любом компьютере.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="273"/>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>School register</source>
        <translation>Школьный реестр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="277"/>
        <source>(demo: fictional data)</source>
        <translation>(демо: вымышленные данные)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="292"/>
        <source>Student saved.</source>
        <translation>Данные учащегося сохранены.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="350"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="351"/>
        <source>School register of the social pedagogue and psychologist, version %1.
All data stays on this computer.</source>
        <translation>Школьный реестр социального педагога и психолога, версия %1.
Все данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>&amp;Register</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>&amp;New student…</source>
        <translation>&amp;Новый учащийся…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>New &amp;family…</source>
        <translation>Новая &amp;семья…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>F&amp;ind</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>&amp;School profile…</source>
        <translation>Сведения о &amp;школе…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52"/>
        <source>&amp;Back up to a folder…</source>
        <translation>&amp;Резервная копия в папку…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>S&amp;witch user…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>&amp;Change password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="111"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="112"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="114"/>
        <source>&amp;Repeat the password:</source>
        <translation>Повт&amp;орите пароль:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="116"/>
        <source>&amp;Show the password</source>
        <translation>Показ&amp;ать пароль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="142"/>
        <source>At least 10 characters, not only digits, not the login name or a part of the name, not a common password.</source>
        <translation>Не менее 10 символов, не только цифры, без логина и частей ФИО, не распространённый пароль.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="145"/>
        <source>Type the password once more.</source>
        <translation>Введите пароль ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="147"/>
        <source>✓ The password meets the rules.</source>
        <translation>✓ Пароль соответствует требованиям.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="35"/>
        <source>choose…</source>
        <translation>выберите…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="38"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="40"/>
        <source>Edit organisation</source>
        <translation>Изменение данных организации</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="42"/>
        <source>This organisation is archived. Restore it in the list to edit it.</source>
        <translation>Организация находится в архиве. Чтобы изменить её, восстановите её в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="6"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="8"/>
        <source>An addressee of referral letters. Letters in Kazakh use the Kazakh name, letters in Russian the Russian one.</source>
        <translation>Адресат писем-направлений. В письмах на казахском языке используется казахское название, в письмах на русском — русское.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="14"/>
        <source>Name in Ka&amp;zakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="16"/>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="18"/>
        <source>&amp;Head</source>
        <translation>Р&amp;уководитель</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="19"/>
        <source>position and full name, e.g. Director Akhmetova G. S.</source>
        <translation>должность и ФИО, например директор Ахметова Г. С.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="20"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="22"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="24"/>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
</context>
<context>
    <name>OrganisationListPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/organisation_list.py" line="143"/>
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>Показана %n организация</numerusform>
            <numerusform>Показаны %n организации</numerusform>
            <numerusform>Показано %n организаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="188"/>
        <source>Archive</source>
        <translation>Перевод в архив</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="189"/>
        <source>Archive “%1”? It will no longer be offered as an addressee; letters already sent keep it. It can be restored.</source>
        <translation>Перевести «%1» в архив? Организация больше не будет предлагаться как адресат; в уже отправленных письмах она сохранится. Её можно будет восстановить.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="207"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="211"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="212"/>
        <source>You are not allowed to change the directory.</source>
        <translation>У вас нет прав на изменение справочника.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="227"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="8"/>
        <source>Search by name or head…</source>
        <translation>Поиск по названию или руководителю…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="10"/>
        <source>Show ar&amp;chived</source>
        <translation>&amp;Показывать архивные</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="18"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="19"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="20"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="21"/>
        <source>Res&amp;tore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="38"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="39"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="40"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="41"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="42"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="58"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="48"/>
        <source>You are not allowed to print this record.</source>
        <translation>Вам нельзя печатать эту запись.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="50"/>
        <source>This record was archived or removed meanwhile.</source>
        <translation>Эта запись тем временем перенесена в архив или удалена.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="52"/>
        <source>The document could not be made.</source>
        <translation>Не удалось составить документ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="80"/>
        <source>This was not written to the audit log: %1</source>
        <translation>Это не записано в журнал аудита: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="126"/>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="138"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="135"/>
        <source>A document is printed from the saved record. Save your changes now?</source>
        <translation>Документ печатается по сохранённой записи. Сохранить изменения сейчас?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="89"/>
        <source>Your role may read this record but not change it.</source>
        <translation>Ваша роль позволяет просматривать эту запись, но не изменять её.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="108"/>
        <source>You are not allowed to change this record.</source>
        <translation>У вас нет прав на изменение этой записи.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="111"/>
        <source>This record was archived or removed meanwhile; nothing was saved.</source>
        <translation>За это время запись была перенесена в архив или удалена; изменения не сохранены.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="124"/>
        <source>Discard the changes you made?</source>
        <translation>Отменить внесённые изменения?</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="137"/>
        <source>Your role may not open this record.</source>
        <translation>Ваша роль не позволяет открыть эту запись.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="162"/>
        <source>(the psychologist wrote no summary to share)</source>
        <translation>(психолог не составил краткую справку)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="165"/>
        <source>Psychologist session: shareable summary</source>
        <translation>Консультация психолога: краткая справка</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="423"/>
        <source>7 groups of 5 letters and digits, as printed on the sheet; dashes and lower case are fine.</source>
        <translation>7 групп по 5 букв и цифр, как напечатано на листе; дефисы и строчные буквы допускаются.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="425"/>
        <source>%1 of %2 characters.</source>
        <translation>%1 из %2 символов.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="427"/>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="462"/>
        <source>The key is mistyped: compare it with the sheet character by character.</source>
        <translation>Ключ введён с ошибкой: сверьте его с листом посимвольно.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="429"/>
        <source>✓ The key is typed correctly.</source>
        <translation>✓ Ключ введён правильно.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="464"/>
        <source>This recovery key does not open this register: it belongs to another register or was replaced by a newer one.</source>
        <translation>Этот ключ восстановления не открывает данный реестр: он относится к другому реестру или заменён более новым.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="467"/>
        <source>There is no account with this login name.</source>
        <translation>Учётной записи с таким логином нет.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="481"/>
        <source>Log in with the recovery key</source>
        <translation>Вход по ключу восстановления</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="483"/>
        <source>Type the recovery key from the sheet kept in the safe, the login name of the account and a new password for it. The account is unlocked and logs in with the new password.</source>
        <translation>Введите ключ восстановления с листа, который хранится в сейфе, логин учётной записи и новый пароль для неё. Учётная запись будет разблокирована, и вход будет выполнен с новым паролем.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="486"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="488"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="490"/>
        <source>Set the password and log &amp;in</source>
        <translation>Задать пароль и &amp;войти</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="344"/>
        <location filename="../../pedagogue_app/views/account_setup.py" line="385"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="354"/>
        <source>Save the recovery key as PDF</source>
        <translation>Сохранение ключа восстановления в PDF</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="355"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="376"/>
        <source>You have not confirmed that the recovery key is printed or written down. It is not shown again and is kept nowhere else. Close anyway?</source>
        <translation>Вы не подтвердили, что ключ восстановления распечатан или записан. Он больше не будет показан и нигде не хранится. Всё равно закрыть?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="387"/>
        <source>This is the recovery key of the register. It is shown only now and is kept nowhere else, not even in the program. If every password is forgotten or the administrator&apos;s account is locked, it opens the register and sets a new password (“Forgot password?” on the login screen).

Print it or write it down and keep it in the school safe. Whoever has it can open the register: do not photograph it, do not send it and do not leave it on this computer. A PDF copy belongs on a removable disk in the safe.</source>
        <translation>Это ключ восстановления реестра. Он показывается только сейчас и больше нигде не хранится, даже в программе. Если забыты все пароли или учётная запись администратора заблокирована, ключ открывает реестр и позволяет задать новый пароль («Забыли пароль?» на экране входа).

Распечатайте или запишите его и храните в школьном сейфе. Любой, у кого есть ключ, может открыть реестр: не фотографируйте его, не пересылайте и не оставляйте на этом компьютере. Копию в PDF храните на съёмном диске в сейфе.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="394"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="395"/>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="396"/>
        <source>&amp;I have printed or written down the recovery key</source>
        <translation>&amp;Ключ восстановления распечатан или записан</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="397"/>
        <source>&amp;Continue</source>
        <translation>Про&amp;должить</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="94"/>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="146"/>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="101"/>
        <source>New referral letter</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="103"/>
        <source>Referral: %1</source>
        <translation>Направление: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="105"/>
        <source>Status: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="107"/>
        <source>Issued as No. %1 of %2. The text of an issued letter cannot be changed; print it again from here.</source>
        <translation>Зарегистрировано под № %1 от %2. Текст зарегистрированного письма изменить нельзя; повторно распечатать его можно отсюда.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="112"/>
        <source>Issue the letter first; then record when it was sent and the reply.</source>
        <translation>Сначала зарегистрируйте письмо; затем отметьте, когда оно отправлено, и ответ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="123"/>
        <location filename="../../ui/referral_dialog.ui" line="111"/>
        <source>&amp;Issue the letter…</source>
        <translation>&amp;Зарегистрировать письмо…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="237"/>
        <source>the family&apos;s legal representative</source>
        <translation>законный представитель семьи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="293"/>
        <source>Choose the student first.</source>
        <translation>Сначала выберите ученика.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="299"/>
        <source>Nothing done for this child is recorded yet.</source>
        <translation>Для этого ребёнка пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="303"/>
        <source>Replace the measures written here?</source>
        <translation>Заменить написанные здесь меры?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="314"/>
        <source>The referral must be saved first. Save it now?</source>
        <translation>Сначала направление нужно сохранить. Сохранить сейчас?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="339"/>
        <source>Issue the letter? It takes the next number of the outgoing journal, and its text can no longer be changed.</source>
        <translation>Зарегистрировать письмо? Оно получит следующий номер журнала исходящих, и его текст больше нельзя будет изменить.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="366"/>
        <source>Nothing was recorded: the referral was archived meanwhile or you may not change it.</source>
        <translation>Ничего не записано: направление тем временем перенесено в архив или вам нельзя его изменять.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="9"/>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="10"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="13"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="15"/>
        <source>Letter &amp;language:</source>
        <translation>&amp;Язык письма:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="17"/>
        <source>Legal &amp;representative:</source>
        <translation>Законный п&amp;редставитель:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="19"/>
        <source>Reply &amp;by:</source>
        <translation>Ответ &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="21"/>
        <source>Contact &amp;person:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="23"/>
        <source>Contact&apos;s posi&amp;tion:</source>
        <translation>Д&amp;олжность контактного лица:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="25"/>
        <source>Contact&apos;s phon&amp;e:</source>
        <translation>&amp;Телефон контактного лица:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="32"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="36"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="38"/>
        <source>&amp;Grounds and history:</source>
        <translation>&amp;Основания и история:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="40"/>
        <source>&amp;Measures taken (one per line):</source>
        <translation>Принятые &amp;меры (по одной в строке):</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="42"/>
        <source>Re&amp;quest:</source>
        <translation>Про&amp;сьба:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="44"/>
        <source>Atta&amp;chments (one per line):</source>
        <translation>Прило&amp;жения (по одному в строке):</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="47"/>
        <source>Standard te&amp;xt</source>
        <translation>Стандартный т&amp;екст</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="47"/>
        <source>&amp;Fill measures from the records</source>
        <translation>&amp;Заполнить меры из записей</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="51"/>
        <source>PMPK documents</source>
        <translation>Документы для ПМПК</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="55"/>
        <source>Class teacher:</source>
        <translation>Классный руководитель:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="57"/>
        <source>Attendance:</source>
        <translation>Посещаемость:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="59"/>
        <source>Academic progress:</source>
        <translation>Успеваемость:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="61"/>
        <source>Behaviour:</source>
        <translation>Поведение:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="63"/>
        <source>Relations with peers:</source>
        <translation>Отношения со сверстниками:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="65"/>
        <source>Interests:</source>
        <translation>Интересы:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="67"/>
        <source>Difficulties observed:</source>
        <translation>Замеченные трудности:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="69"/>
        <source>Teacher&apos;s conclusion:</source>
        <translation>Вывод педагога:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="71"/>
        <source>Examined on:</source>
        <translation>Даты обследования:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="73"/>
        <source>Methods:</source>
        <translation>Методики:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="75"/>
        <source>Results:</source>
        <translation>Результаты:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="77"/>
        <source>Psychologist&apos;s conclusion:</source>
        <translation>Заключение психолога:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="79"/>
        <source>Recommendations:</source>
        <translation>Рекомендации:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="81"/>
        <source>Psychologist:</source>
        <translation>Психолог:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="87"/>
        <source>Sending and reply</source>
        <translation>Отправка и ответ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="90"/>
        <source>Sent &amp;on:</source>
        <translation>Отправлено &amp;когда:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="92"/>
        <source>Sent ho&amp;w:</source>
        <translation>Отправлено к&amp;ак:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="94"/>
        <source>Record the sen&amp;ding</source>
        <translation>Отметить от&amp;правку</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="95"/>
        <source>Reply &amp;No.:</source>
        <translation>&amp;№ ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="97"/>
        <source>Repl&amp;y date:</source>
        <translation>Д&amp;ата ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="99"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="101"/>
        <source>Re&amp;cord the reply</source>
        <translation>Отметить отве&amp;т</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="110"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
</context>
<context>
    <name>ReferralListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="92"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="94"/>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/referral_list.py" line="115"/>
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>Показано %n направление</numerusform>
            <numerusform>Показано %n направления</numerusform>
            <numerusform>Показано %n направлений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/referral_list_page.ui" line="8"/>
        <source>Search by the child’s name…</source>
        <translation>Поиск по имени ребёнка…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_list_page.ui" line="11"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Новое направление…</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="33"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="34"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="35"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="36"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="37"/>
        <source>Letter No.</source>
        <translation>№ письма</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="38"/>
        <source>Issued</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="39"/>
        <source>Reply by</source>
        <translation>Ответ до</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="40"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="94"/>
        <source>%1 (restricted)</source>
        <translation>%1 (ограниченный доступ)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="106"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Review date</source>
        <translation>Дата мониторинга</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="109"/>
        <source>Next review</source>
        <translation>Следующий мониторинг</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="111"/>
        <source>New register entry</source>
        <translation>Новая запись об учёте</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="112"/>
        <source>Register entry: %1</source>
        <translation>Запись об учёте: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="191"/>
        <source>not chosen</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="6"/>
        <source>Register entry</source>
        <translation>Запись об учёте</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="10"/>
        <source>Child or family:</source>
        <translation>Ребёнок или семья:</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="13"/>
        <source>Choose &amp;child…</source>
        <translation>Выбрать &amp;ребёнка…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="14"/>
        <source>Choose fa&amp;mily…</source>
        <translation>Выбрать &amp;семью…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="17"/>
        <source>Restricted ground: share this entry only with the specialists who work on the case.</source>
        <translation>Основание с ограниченным доступом: сообщайте сведения из этой записи только специалистам, работающим по случаю.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="21"/>
        <source>&amp;Entry</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="26"/>
        <source>&amp;Register</source>
        <translation>&amp;Вид учёта</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="28"/>
        <source>&amp;Ground</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="30"/>
        <source>On the register &amp;since</source>
        <translation>&amp;Дата постановки</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="32"/>
        <source>Council protocol &amp;No.</source>
        <translation>Протокол сов&amp;ета №</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="36"/>
        <source>&amp;dated</source>
        <translation>о&amp;т</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="41"/>
        <source>&amp;Initiator</source>
        <translation>&amp;Инициатор</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="42"/>
        <source>who asked for the registration: class teacher, parents, ОЮП…</source>
        <translation>кто инициировал постановку: классный руководитель, родители, ОЮП…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="43"/>
        <source>Parents in&amp;formed on</source>
        <translation>Родители &amp;уведомлены</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="45"/>
        <source>C&amp;urator</source>
        <translation>&amp;Куратор</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="47"/>
        <source>Responsi&amp;ble specialists</source>
        <translation>Ответственные спе&amp;циалисты</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="49"/>
        <source>No&amp;tes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="57"/>
        <source>Removal from the register</source>
        <translation>Снятие с учёта</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="60"/>
        <source>Removed &amp;on</source>
        <translation>Дата с&amp;нятия</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="62"/>
        <source>Re&amp;ason</source>
        <translation>Причин&amp;а</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="64"/>
        <source>Protoco&amp;l No.</source>
        <translation>Протоко&amp;л №</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="66"/>
        <source>Fill in only when the child is taken off this register; the entry and its plan stay in the history.</source>
        <translation>Заполняется только при снятии ребёнка с этого учёта; запись и её план сохранятся в истории.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="76"/>
        <source>Preventive-work &amp;plan</source>
        <translation>&amp;План профилактической работы</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="79"/>
        <source>Deadlines as DD.MM.YYYY. A measure marked done needs its result.</source>
        <translation>Сроки в формате ДД.ММ.ГГГГ. Для выполненного мероприятия укажите результат.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="82"/>
        <source>&amp;Add measure</source>
        <translation>&amp;Добавить мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="83"/>
        <source>&amp;Delete measure</source>
        <translation>&amp;Удалить мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="90"/>
        <source>Re&amp;views</source>
        <translation>&amp;Мониторинг</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="93"/>
        <source>Dates as DD.MM.YYYY. The next review date shows on the dashboard when it comes.</source>
        <translation>Даты в формате ДД.ММ.ГГГГ. Когда подойдёт срок следующего мониторинга, он появится в сводке.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="96"/>
        <source>&amp;Add review</source>
        <translation>&amp;Добавить запись</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="97"/>
        <source>&amp;Delete review</source>
        <translation>&amp;Удалить запись</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="76"/>
        <source>Whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="131"/>
        <source>Making the report…</source>
        <translation>Отчёт составляется…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="131"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="148"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="167"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="172"/>
        <source>The report is ready.</source>
        <translation>Отчёт готов.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="183"/>
        <source>You are not allowed to make this report.</source>
        <translation>Вам нельзя составлять этот отчёт.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="185"/>
        <source>The report could not be made: %1</source>
        <translation>Не удалось составить отчёт: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="194"/>
        <source>Save as Excel</source>
        <translation>Сохранить как Excel</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="195"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="13"/>
        <source>Period &amp;from:</source>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="15"/>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="17"/>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="19"/>
        <source>C&amp;opies:</source>
        <translation>Э&amp;кземпляров:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="21"/>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="27"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="28"/>
        <source>Save as &amp;Excel…</source>
        <translation>Сохранить как &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="251"/>
        <source>Reset password: %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="253"/>
        <source>A new password for %1 (%2). The account is unlocked too. Give the password to them in person and ask them to change it.</source>
        <translation>Новый пароль для %1 (%2). Учётная запись также будет разблокирована. Передайте пароль лично и попросите сменить его.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="256"/>
        <source>&amp;Set password</source>
        <translation>&amp;Задать пароль</translation>
    </message>
</context>
<context>
    <name>ResponseTemplatesDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Step</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Deadline, hours</source>
        <translation>Срок, ч</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="6"/>
        <source>Response checklists</source>
        <translation>Алгоритмы реагирования</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="10"/>
        <source>Incident &amp;type</source>
        <translation>&amp;Вид инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="20"/>
        <source>&amp;Add step</source>
        <translation>&amp;Добавить действие</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="21"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="22"/>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="23"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="25"/>
        <source>Restore &amp;defaults</source>
        <translation>Восстановить &amp;типовой список</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="30"/>
        <source>Each new incident of this type gets the active steps of this list. Deadlines are hours after the incident is reported; leave empty for no deadline.</source>
        <translation>Каждый новый инцидент этого вида получает активные действия из этого списка. Срок — число часов с момента сообщения об инциденте; оставьте пустым, если срока нет.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="221"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="222"/>
        <source>social pedagogue</source>
        <translation>социальный педагог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="223"/>
        <source>psychologist</source>
        <translation>психолог</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="224"/>
        <source>director (read only)</source>
        <translation>директор (только просмотр)</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/school_dialog.ui" line="6"/>
        <source>School profile</source>
        <translation>Сведения о школе</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="8"/>
        <source>These details appear on the letterhead of every document.</source>
        <translation>Эти сведения печатаются в шапке каждого документа.</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="12"/>
        <source>School name in &amp;Kazakh</source>
        <translation>Название школы на &amp;казахском</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="14"/>
        <source>School name in &amp;Russian</source>
        <translation>Название школы на &amp;русском</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="16"/>
        <source>&amp;BIN</source>
        <translation>&amp;БИН</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="18"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
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
        <translation>Районный &amp;отдел образования</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="107"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="111"/>
        <source>New psychologist session</source>
        <translation>Новая консультация психолога</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="112"/>
        <source>Edit psychologist session</source>
        <translation>Изменение консультации психолога</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="192"/>
        <source>Open an incident for this session now?</source>
        <translation>Создать инцидент по этой консультации сейчас?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="212"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="214"/>
        <source>About student</source>
        <translation>По поводу учащегося</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="216"/>
        <location filename="../../ui/session_dialog.ui" line="31"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="217"/>
        <source>Group &amp;name</source>
        <translation>&amp;Название группы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="218"/>
        <location filename="../../ui/session_dialog.ui" line="39"/>
        <source>&amp;Name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="220"/>
        <source>e.g. 7Ә: class cohesion training</source>
        <translation>например 7Ә: тренинг на сплочение класса</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="221"/>
        <source>Surname, given name and patronymic</source>
        <translation>Фамилия, имя и отчество</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="233"/>
        <source>Students: %1</source>
        <translation>Учащиеся: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="234"/>
        <source>Parents taking part</source>
        <translation>Участвующие родители</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="247"/>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="316"/>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="6"/>
        <source>Psychologist session</source>
        <translation>Консультация психолога</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="11"/>
        <source>&amp;Session</source>
        <translation>&amp;Консультация</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="14"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="18"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="19"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="20"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="25"/>
        <source>T&amp;ype</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="27"/>
        <source>Requested &amp;by</source>
        <translation>&amp;Инициатор</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="29"/>
        <source>&amp;Client</source>
        <translation>К&amp;лиент</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="35"/>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="36"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="41"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="47"/>
        <source>&amp;Add students…</source>
        <translation>Добавить &amp;учащихся…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="48"/>
        <source>Add &amp;parent</source>
        <translation>Добавить &amp;родителя</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="49"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="55"/>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Повторная встреча</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="57"/>
        <source>Psycholo&amp;gist</source>
        <translation>Психоло&amp;г</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="59"/>
        <source>Parent (legal representative) c&amp;onsent on file</source>
        <translation>Есть согласие р&amp;одителя (законного представителя)</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="62"/>
        <source>Risk screen</source>
        <translation>Оценка рисков</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="66"/>
        <source>Suicidal thoughts</source>
        <translation>Суицидальные мысли</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="67"/>
        <source>Self-harm</source>
        <translation>Самоповреждение</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="68"/>
        <source>Abuse disclosed</source>
        <translation>Сообщено о насилии</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="69"/>
        <source>Bullying</source>
        <translation>Буллинг</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="72"/>
        <source>Any ticked risk offers to open an incident when the session is saved.</source>
        <translation>Если отмечен риск, при сохранении консультации будет предложено создать инцидент.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="79"/>
        <source>Cont&amp;ent (psychologist only)</source>
        <translation>&amp;Содержание (только психолог)</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="82"/>
        <source>Confidential: only the psychologist sees this part. The social pedagogue sees the shareable summary only.</source>
        <translation>Конфиденциально: эту часть видит только психолог. Социальный педагог видит только краткую справку.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="83"/>
        <source>Re&amp;quest</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="85"/>
        <source>&amp;Methods</source>
        <translation>&amp;Методы</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="87"/>
        <source>Resu&amp;lts</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="89"/>
        <source>Conclus&amp;ion</source>
        <translation>Заключ&amp;ение</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="91"/>
        <source>&amp;Recommendations</source>
        <translation>Рек&amp;омендации</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="93"/>
        <source>Referred &amp;to</source>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="94"/>
        <source>Other specialists or bodies the client was referred to</source>
        <translation>Другие специалисты или органы, куда направлен клиент</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="98"/>
        <source>Shareable s&amp;ummary</source>
        <translation>Кр&amp;аткая справка</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="102"/>
        <source>Shareable summary for the social pedagogue</source>
        <translation>Краткая справка для социального педагога</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="104"/>
        <source>The social pedagogue sees the date, type, client and this summary, never the content. Write it in your own words, without details of the conversation.</source>
        <translation>Социальный педагог видит дату, вид, клиента и эту справку, но никогда не видит содержание. Пишите своими словами, без подробностей беседы.</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="164"/>
        <source>All types</source>
        <translation>Все виды</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/session_list.py" line="183"/>
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>Показана %n консультация</numerusform>
            <numerusform>Показаны %n консультации</numerusform>
            <numerusform>Показано %n консультаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="8"/>
        <source>Search by client or participant name…</source>
        <translation>Поиск по ФИО клиента или участника…</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="10"/>
        <source>&amp;From</source>
        <translation>&amp;Период с</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="12"/>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="14"/>
        <source>&amp;New session…</source>
        <translation>&amp;Новая консультация…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="49"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="50"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="51"/>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="52"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="53"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="54"/>
        <source>Requested by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="55"/>
        <source>Follow-up</source>
        <translation>Повторная встреча</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="56"/>
        <source>Risk screen</source>
        <translation>Оценка рисков</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="31"/>
        <source>There is no register at %1.</source>
        <translation>Реестр не найден: %1.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="32"/>
        <source>The file %1 is not a register of this program. It was not changed.</source>
        <translation>Файл %1 не является реестром этой программы. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="34"/>
        <source>The register %1 is damaged and cannot be read safely. It was not changed. Restore it from a backup or call your administrator.</source>
        <translation>Реестр %1 повреждён, и его невозможно безопасно прочитать. Файл не изменён. Восстановите его из резервной копии или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="37"/>
        <source>The register %1 does not belong to the key file beside it (register.keys of another register?). Nothing was changed. Put back the key file that was copied together with this register.</source>
        <translation>Реестр %1 не соответствует файлу ключей рядом с ним (register.keys другого реестра?). Ничего не изменено. Верните файл ключей, скопированный вместе с этим реестром.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="41"/>
        <source>The register %1 is not encrypted although it has a key file. Nothing was changed. Call your administrator.</source>
        <translation>Реестр %1 не зашифрован, хотя у него есть файл ключей. Ничего не изменено. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="44"/>
        <source>The register %1 was written by a newer version of this program. Install that version to open it. The file was not changed.</source>
        <translation>Реестр %1 записан более новой версией программы. Чтобы открыть его, установите эту версию. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="56"/>
        <location filename="../../pedagogue_app/views/app.py" line="164"/>
        <location filename="../../pedagogue_app/views/app.py" line="198"/>
        <source>School register</source>
        <translation>Школьный реестр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="134"/>
        <source>The register %1 cannot be opened: its key file %2 is missing, or the file is not a register of this program. Nothing was changed. Copy register.keys back from the backup (the USB stick) next to the register.</source>
        <translation>Реестр %1 невозможно открыть: нет его файла ключей %2, или файл не является реестром этой программы. Ничего не изменено. Скопируйте register.keys из резервной копии (с флеш-накопителя) обратно в папку реестра.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="182"/>
        <source>Your role may not do this. Nothing was changed.</source>
        <translation>Вашей роли это действие недоступно. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="185"/>
        <source>The disk is full: the last change was not saved (the register keeps what was saved before). Free some space and save again.</source>
        <translation>Диск заполнен: последнее изменение не сохранено (в реестре осталось всё, что было сохранено раньше). Освободите место и сохраните ещё раз.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="189"/>
        <source>A part of the register is damaged and cannot be read safely. Close the program and restore the register from a backup, or call your administrator.</source>
        <translation>Часть реестра повреждена, и её невозможно безопасно прочитать. Закройте программу и восстановите реестр из резервной копии или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="194"/>
        <source>Something went wrong: %1. What you saved before is kept; check the last record you edited.</source>
        <translation>Произошла ошибка: %1. Ранее сохранённые данные не потеряны; проверьте последнюю запись, которую вы изменяли.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="257"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическая резервная копия не сделана: %1</translation>
    </message>
</context>
<context>
    <name>StudentCard</name>
    <message>
        <location filename="../../ui/student_card.ui" line="6"/>
        <source>Student card</source>
        <translation>Карточка учащегося</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="12"/>
        <source>&amp;Profile</source>
        <translation>&amp;Личные данные</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="16"/>
        <source>&amp;Family</source>
        <translation>&amp;Семья</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="24"/>
        <source>Open family &amp;card…</source>
        <translation>Открыть карточку се&amp;мьи…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="30"/>
        <source>&amp;Register entries</source>
        <translation>Сведения об &amp;учёте</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="36"/>
        <source>C&amp;hronology</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="42"/>
        <source>Print c&amp;hronology…</source>
        <translation>Печать &amp;хронологии…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="43"/>
        <source>&amp;Add record</source>
        <translation>&amp;Добавить запись</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="51"/>
        <source>&amp;Print the selected record…</source>
        <translation>&amp;Печать выбранной записи…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="52"/>
        <source>&amp;Undo</source>
        <translation>Отмени&amp;ть</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="53"/>
        <source>Archive the selected record</source>
        <translation>Отправить выбранную запись в архив</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="62"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="63"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
</context>
<context>
    <name>StudentCardDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="90"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="90"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="91"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="92"/>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="93"/>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="94"/>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
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
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="96"/>
        <source>Family: %1</source>
        <translation>Семья: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="97"/>
        <source>Not linked to a family.</source>
        <translation>Семья не указана.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="102"/>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="103"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Register</source>
        <translation>Вид учёта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Since</source>
        <translation>Дата постановки</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Protocol</source>
        <translation>№ протокола</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="107"/>
        <source>Removed</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="113"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="113"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="119"/>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="141"/>
        <source>restricted</source>
        <translation>ограниченный доступ</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="172"/>
        <source>Archive this record? It leaves the lists and the chronology; Undo brings it back.</source>
        <translation>Отправить запись в архив? Она исчезнет из списков и хронологии; «Отменить» вернёт её.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="178"/>
        <source>The record was archived.</source>
        <translation>Запись отправлена в архив.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="240"/>
        <source>Archive this student? The record is kept and can be restored here.</source>
        <translation>Перевести учащегося в архив? Запись сохранится, её можно будет восстановить здесь.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="46"/>
        <source>New student</source>
        <translation>Новый учащийся</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="47"/>
        <source>Edit student</source>
        <translation>Изменение данных учащегося</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="101"/>
        <source>The register already has a student with the same name and birth date:
%1

Save this one as a different child?</source>
        <translation>В реестре уже есть учащийся с такими же ФИО и датой рождения:
%1

Сохранить этого учащегося как другого ребёнка?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="125"/>
        <location filename="../../ui/student_dialog.ui" line="46"/>
        <source>not linked</source>
        <translation>не выбрана</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="6"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="15"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="17"/>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="19"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="21"/>
        <source>&amp;ИИН</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="22"/>
        <source>12 digits; fills the birth date and sex</source>
        <translation>12 цифр; заполняет дату рождения и пол</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="23"/>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="25"/>
        <source>S&amp;ex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="27"/>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="35"/>
        <source>&amp;Language of instruction</source>
        <translation>&amp;Язык обучения</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="37"/>
        <source>&amp;Registered address</source>
        <translation>&amp;Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="39"/>
        <source>&amp;Actual address</source>
        <translation>Фак&amp;тический адрес</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="41"/>
        <source>P&amp;hone</source>
        <translation>Тел&amp;ефон</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="43"/>
        <source>&amp;Family</source>
        <translation>&amp;Семья</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="48"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="49"/>
        <source>New family…</source>
        <translation>Новая семья…</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="50"/>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="53"/>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
</context>
<context>
    <name>StudentListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="67"/>
        <location filename="../../pedagogue_app/views/list_pages.py" line="74"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="72"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="90"/>
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>Показан %n учащийся</numerusform>
            <numerusform>Показаны %n учащихся</numerusform>
            <numerusform>Показано %n учащихся</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student_list_page.ui" line="8"/>
        <source>Search by name, ИИН or class (e.g. 5А)…</source>
        <translation>Поиск по ФИО, ИИН или классу (например, 5А)…</translation>
    </message>
    <message>
        <location filename="../../ui/student_list_page.ui" line="11"/>
        <source>&amp;New student…</source>
        <translation>&amp;Новый учащийся…</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../pedagogue_app/views/student_picker.py" line="25"/>
        <source>Choose a student</source>
        <translation>Выбор учащегося</translation>
    </message>
    <message>
        <location filename="../../ui/student_picker.ui" line="6"/>
        <source>Choose students</source>
        <translation>Выбор учащихся</translation>
    </message>
    <message>
        <location filename="../../ui/student_picker.ui" line="8"/>
        <source>Search by name, ИИН or class (e.g. 5А)…</source>
        <translation>Поиск по ФИО, ИИН или классу (например, 5А)…</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="188"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="189"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="190"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="191"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="192"/>
        <source>Register</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="193"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
</context>
<context>
    <name>SupportPlanDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Domain</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="104"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="104"/>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Progress</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="111"/>
        <source>New special-needs plan</source>
        <translation>Новый план сопровождения (ООП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="112"/>
        <source>Edit special-needs plan</source>
        <translation>Изменение плана сопровождения (ООП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="197"/>
        <source>not chosen</source>
        <translation>не выбран</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="222"/>
        <source>Written in an older record and not in the list: uncheck it and tick the matching specialist.</source>
        <translation>Так записано в старой записи, и в списке этого нет: снимите эту отметку и отметьте подходящего специалиста.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="6"/>
        <source>Special-needs plan</source>
        <translation>План сопровождения ребёнка с ООП</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="11"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="16"/>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="24"/>
        <source>&amp;Plan</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="30"/>
        <source>PMPK conclusion</source>
        <translation>Заключение ПМПК</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="33"/>
        <source>&amp;No.</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="35"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="37"/>
        <source>Valid &amp;until</source>
        <translation>Срок дей&amp;ствия</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="39"/>
        <source>&amp;Type of need</source>
        <translation>&amp;Вид ООП</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="46"/>
        <source>Plan period</source>
        <translation>Срок плана</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="49"/>
        <source>St&amp;art</source>
        <translation>Нача&amp;ло</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="51"/>
        <source>&amp;End</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="53"/>
        <source>Parent ac&amp;knowledged on</source>
        <translation>Родитель о&amp;знакомлен</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="55"/>
        <source>One plan at a time: periods of a child&apos;s plans may not overlap. Leave the end empty while the plan runs until further notice.</source>
        <translation>Одновременно действует только один план: сроки планов ребёнка не должны пересекаться. Если план действует до особого распоряжения, оставьте окончание пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="63"/>
        <source>Recommended conditions</source>
        <translation>Рекомендованные условия</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="66"/>
        <source>P&amp;rogramme</source>
        <translation>П&amp;рограмма</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="68"/>
        <source>&amp;Form of education</source>
        <translation>&amp;Форма обучения</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="70"/>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="78"/>
        <source>Speech therap&amp;ist</source>
        <translation>Ло&amp;гопед</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="79"/>
        <source>Defecto&amp;logist</source>
        <translation>Дефе&amp;ктолог</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="80"/>
        <source>Ps&amp;ychologist</source>
        <translation>Пс&amp;ихолог</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="81"/>
        <source>Teacher a&amp;ssistant</source>
        <translation>&amp;Ассистент педагога</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="86"/>
        <source>Special c&amp;onditions</source>
        <translation>Специальные &amp;условия</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="87"/>
        <source>e.g. a seat at the front, extra time for tasks, a ramp, assistive devices</source>
        <translation>например место за первой партой, дополнительное время на задания, пандус, вспомогательные средства</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="95"/>
        <source>&amp;Goals</source>
        <translation>&amp;Цели</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="98"/>
        <source>Each goal needs its domain and the goal itself. A plan may be saved without goals while they are being written, but not with reviews or the parent&apos;s acknowledgement.</source>
        <translation>Для каждой цели укажите сферу и саму цель. Пока цели составляются, план можно сохранить без них, но не с записями мониторинга или отметкой об ознакомлении родителя.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="101"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Добавить цель</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="102"/>
        <source>&amp;Remove goal</source>
        <translation>&amp;Удалить цель</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="109"/>
        <source>Re&amp;views</source>
        <translation>&amp;Мониторинг</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="112"/>
        <source>Dates as DD.MM.YYYY, not in the future and not before the plan starts.</source>
        <translation>Даты в формате ДД.ММ.ГГГГ, не в будущем и не раньше начала плана.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="115"/>
        <source>&amp;Add review</source>
        <translation>&amp;Добавить запись</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="116"/>
        <source>&amp;Remove review</source>
        <translation>&amp;Удалить запись</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="188"/>
        <source>The register is locked</source>
        <translation>Реестр заблокирован</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="189"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="190"/>
        <source>Open windows and unsaved edits are kept until you unlock.</source>
        <translation>Открытые окна и несохранённые изменения сохранятся до разблокировки.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="191"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="192"/>
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="193"/>
        <source>Exit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="200"/>
        <source>Logged in: %1 (%2).</source>
        <translation>Вход выполнен: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="201"/>
        <source>Logged in: %1 (%2). Type your password to go on.</source>
        <translation>Вход выполнен: %1 (%2). Чтобы продолжить, введите пароль.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="17"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Слишком длинный текст: допустимо символов не более {max}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="18"/>
        <source>Use letters, spaces, hyphens and apostrophes only.</source>
        <translation>Допускаются только буквы, пробелы, дефисы и апострофы.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="19"/>
        <source>The ИИН must be exactly 12 digits.</source>
        <translation>ИИН должен состоять ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="20"/>
        <source>The 7th digit of the ИИН must be 1 to 6.</source>
        <translation>7-я цифра ИИН должна быть от 1 до 6.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="21"/>
        <source>The first six digits of the ИИН are not a real date.</source>
        <translation>Первые шесть цифр ИИН не являются существующей датой.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="22"/>
        <source>The ИИН check digit is wrong: check for a typo.</source>
        <translation>Неверная контрольная цифра ИИН: проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="23"/>
        <source>This ИИН already belongs to {name}.</source>
        <translation>Этот ИИН уже есть в реестре: {name}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="24"/>
        <source>The birth date does not match the ИИН ({expected}).</source>
        <translation>Дата рождения не совпадает с ИИН ({expected}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="26"/>
        <source>The sex does not match the ИИН.</source>
        <translation>Пол не соответствует ИИН.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="27"/>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Введите дату в формате ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="28"/>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="29"/>
        <source>The date is too far in the past.</source>
        <translation>Слишком ранняя дата.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="30"/>
        <source>A student&apos;s birth date must be within the last 25 years.</source>
        <translation>Дата рождения учащегося должна быть в пределах последних 25 лет.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="32"/>
        <source>The grade must be from 0 to 11.</source>
        <translation>Номер класса должен быть от 0 до 11.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="33"/>
        <source>The class letter must be one letter, e.g. А or Ә.</source>
        <translation>Литера класса — одна буква, например А или Ә.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="34"/>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="35"/>
        <source>The BIN must be exactly 12 digits.</source>
        <translation>БИН должен состоять ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="36"/>
        <source>Phone: digits with an optional +, spaces, brackets and hyphens.</source>
        <translation>Телефон: цифры; допускаются +, пробелы, скобки и дефисы.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="38"/>
        <source>The free-meals category must be 1 to 5.</source>
        <translation>Категория бесплатного питания — от 1 до 5.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="39"/>
        <source>Give the evidence document and its expiry date.</source>
        <translation>Укажите подтверждающий документ и срок его действия.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="41"/>
        <source>Family member {row}: {problem}</source>
        <translation>Член семьи № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="42"/>
        <source>The category is listed twice.</source>
        <translation>Категория указана дважды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="43"/>
        <source>This date cannot be before {other}.</source>
        <translation>Эта дата не может быть раньше {other}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="44"/>
        <source>The date is too far in the future.</source>
        <translation>Дата слишком далеко в будущем.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="45"/>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Введите число от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="46"/>
        <source>Choose a student.</source>
        <translation>Выберите учащегося.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="47"/>
        <source>Choose at least one.</source>
        <translation>Выберите хотя бы один вариант.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="48"/>
        <source>Row {row}: {problem}</source>
        <translation>Строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="29"/>
        <source>The contact cannot be later than now.</source>
        <translation>Время контакта не может быть позже текущего.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="91"/>
        <source>Act No. {act_no} of {year} already exists: take the next free number.</source>
        <translation>Акт № {act_no} за {year} год уже есть: возьмите следующий свободный номер.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="93"/>
        <source>Act No.: letters and digits, may be joined by / or -, e.g. 12 or 12/3.</source>
        <translation>Номер акта: буквы и цифры, можно через / или -, например 12 или 12/3.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="95"/>
        <source>Enter the time as HH:MM, e.g. 16:30.</source>
        <translation>Введите время в формате ЧЧ:ММ, например 16:30.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="96"/>
        <source>Choose the student or the family visited.</source>
        <translation>Выберите обследуемого учащегося или семью.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="97"/>
        <location filename="../../pedagogue_app/services/referrals.py" line="64"/>
        <source>This record is no longer in the register: choose again.</source>
        <translation>Этой записи больше нет в реестре: выберите заново.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="99"/>
        <source>This is not the family of the chosen student.</source>
        <translation>Это не семья выбранного учащегося.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="101"/>
        <source>Name the body that asked for the visit.</source>
        <translation>Укажите орган, запросивший обследование.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="103"/>
        <source>Conditions are unsatisfactory: give the recommendations or the measures.</source>
        <translation>Условия неудовлетворительные: укажите рекомендации или принятые меры.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="105"/>
        <source>The next visit must be after the visit date.</source>
        <translation>Следующее обследование должно быть позже даты этого обследования.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="107"/>
        <source>Name who refused to sign.</source>
        <translation>Укажите, кто отказался от подписи.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="99"/>
        <source>Add at least one child with the role “target”.</source>
        <translation>Добавьте хотя бы одного ребёнка с ролью «пострадавший».</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="100"/>
        <source>Add the child who committed the offence or was harmed by it.</source>
        <translation>Добавьте ребёнка, совершившего правонарушение или пострадавшего от него.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="102"/>
        <source>This child is listed twice.</source>
        <translation>Этот ребёнок указан дважды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="103"/>
        <source>Choose a student or type the name of a child from another school.</source>
        <translation>Выберите учащегося или введите ФИО ребёнка из другой школы.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="105"/>
        <source>Before closing, mark every response step done or not applicable.</source>
        <translation>Перед закрытием отметьте каждое действие как выполненное или «Не требуется».</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="107"/>
        <source>Give the step a title.</source>
        <translation>Укажите название действия.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="108"/>
        <source>Say who did the step.</source>
        <translation>Укажите, кто выполнил действие.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="109"/>
        <source>Write in the note why the step does not apply.</source>
        <translation>Укажите в примечании, почему действие не требуется.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="111"/>
        <source>A step cannot be both done and not applicable.</source>
        <translation>Действие не может быть одновременно выполненным и отмеченным «Не требуется».</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="113"/>
        <source>This step is listed twice.</source>
        <translation>Это действие указано дважды.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="114"/>
        <source>The incident is closed: reopen it to change its response steps.</source>
        <translation>Инцидент закрыт: чтобы изменить действия, откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="116"/>
        <source>Enter the time as DD.MM.YYYY HH:MM.</source>
        <translation>Введите дату и время в формате ДД.ММ.ГГГГ ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="32"/>
        <source>Email: one address like name@example.kz.</source>
        <translation>Эл. почта: один адрес вида name@example.kz.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="34"/>
        <source>An organisation of this kind with this name is already in the directory.</source>
        <translation>Организация этого вида с таким названием уже есть в справочнике.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="51"/>
        <source>Choose the child or the family.</source>
        <translation>Выберите ребёнка или семью.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="52"/>
        <source>An entry is for one child or one family, not both.</source>
        <translation>Запись ведётся либо на ребёнка, либо на семью, но не на обоих сразу.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="54"/>
        <source>Already on this register on this ground since {since}: edit that entry.</source>
        <translation>Уже состоит на этом учёте по этому основанию с {since}: измените ту запись.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="56"/>
        <source>Give the removal date, or clear the reason and the protocol No.</source>
        <translation>Укажите дату снятия с учёта или очистите причину и номер протокола.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="58"/>
        <source>The child turns 18 only on {date}.</source>
        <translation>18 лет ребёнку исполнится только {date}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="59"/>
        <source>Measure {row}: {problem}</source>
        <translation>Мероприятие № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="60"/>
        <location filename="../../pedagogue_app/services/support_plans.py" line="101"/>
        <source>Review {row}: {problem}</source>
        <translation>Мониторинг, запись № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="61"/>
        <source>a measure marked done needs its result.</source>
        <translation>для выполненного мероприятия укажите результат.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="63"/>
        <source>the next review must come after the review date.</source>
        <translation>следующий мониторинг должен быть позже даты этого мониторинга.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="65"/>
        <source>the review date is after the removal date ({other}).</source>
        <translation>дата мониторинга позже даты снятия с учёта ({other}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="96"/>
        <source>Enter the time as HH:MM, e.g. 09:30.</source>
        <translation>Введите время в формате ЧЧ:ММ, например 09:30.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="97"/>
        <source>The follow-up date must be after the session date.</source>
        <translation>Дата повторной встречи должна быть позже даты консультации.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="99"/>
        <source>A group session needs at least {min} students.</source>
        <translation>Для группового занятия нужно не менее {min} учащихся.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="101"/>
        <source>Add at least one parent taking part in the family session.</source>
        <translation>Добавьте хотя бы одного родителя, участвующего в семейной консультации.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="103"/>
        <source>Only group and family sessions have participants.</source>
        <translation>Участники указываются только для групповых занятий и семейных консультаций.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="105"/>
        <source>This student is already in the list.</source>
        <translation>Этот учащийся уже есть в списке.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="107"/>
        <source>Choose the student from the register.</source>
        <translation>Выберите учащегося из реестра.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="109"/>
        <source>A student under 18 needs a parent&apos;s consent (only a crisis session may be held without it).</source>
        <translation>Для учащегося младше 18 лет нужно согласие родителя (без него допускается только кризисное вмешательство).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="112"/>
        <source>The summary repeats the confidential request, results or conclusion: write a short summary for the social pedagogue in other words.</source>
        <translation>Справка повторяет конфиденциальные запрос, результаты или заключение: напишите краткую справку для социального педагога другими словами.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="88"/>
        <source>The conclusion must stay valid after the day it was issued ({other}).</source>
        <translation>Срок действия заключения должен заканчиваться позже даты его выдачи ({other}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="90"/>
        <source>A PMPK conclusion is valid for at most {years} years: check the year.</source>
        <translation>Заключение ПМПК действует не более {years} лет: проверьте год.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="92"/>
        <source>A plan covers at most {years} years: check the year.</source>
        <translation>План составляется не более чем на {years} лет: проверьте год.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="94"/>
        <source>The plan after PMPK No. {no} already covers {start} – {end}: a child has one plan at a time. Change the dates or end that plan first.</source>
        <translation>План по заключению ПМПК № {no} уже действует в период {start} – {end}: у ребёнка одновременно может быть только один план. Измените даты или сначала завершите тот план.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="97"/>
        <source>Add at least one goal: reviews and the parent&apos;s acknowledgement refer to the goals.</source>
        <translation>Добавьте хотя бы одну цель: мониторинг и ознакомление родителя относятся к целям.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="100"/>
        <source>Goal {row}: {problem}</source>
        <translation>Цель № {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/documents.py" line="61"/>
        <source>Choose the language of the document: Kazakh or Russian.</source>
        <translation>Выберите язык документа: казахский или русский.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/documents.py" line="63"/>
        <source>Fill in the school profile first: every document carries the school&apos;s name, BIN and address.</source>
        <translation>Сначала заполните профиль школы: в каждом документе есть название школы, БИН и адрес.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/journal.py" line="38"/>
        <source>This organisation is no longer in the directory: choose again.</source>
        <translation>Этой организации больше нет в справочнике: выберите снова.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="66"/>
        <source>This organisation is of another kind: choose the addressee among the organisations of this kind.</source>
        <translation>Эта организация другого вида: выберите адресата среди организаций этого вида.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="69"/>
        <source>Choose the legal representative among the child&apos;s family members.</source>
        <translation>Выберите законного представителя среди членов семьи ребёнка.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="71"/>
        <source>The reply-by date cannot be before today.</source>
        <translation>Срок ответа не может быть раньше сегодняшнего дня.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="73"/>
        <source>The letter was issued as No. {number} of {date}: its text can no longer be changed.</source>
        <translation>Письмо зарегистрировано под № {number} от {date}: его текст больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="76"/>
        <source>This referral was already issued as No. {number} of {date}.</source>
        <translation>Это направление уже зарегистрировано под № {number} от {date}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="78"/>
        <source>The letter has not been issued yet: issue it first.</source>
        <translation>Письмо ещё не зарегистрировано: сначала зарегистрируйте его.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="80"/>
        <source>Fill in the school profile first: the letterhead is made from it.</source>
        <translation>Сначала заполните профиль школы: из него составляется бланк письма.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="82"/>
        <source>The PMPK package needs this: fill it in before issuing.</source>
        <translation>Это нужно для пакета ПМПК: заполните до регистрации.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="84"/>
        <source>At most {max} lines.</source>
        <translation>Не больше {max} строк.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="59"/>
        <source>The period cannot end before it starts.</source>
        <translation>Период не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="60"/>
        <source>The period cannot start in the future.</source>
        <translation>Период не может начинаться в будущем.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="61"/>
        <source>This report has no Excel form; use the PDF.</source>
        <translation>У этого отчёта нет формы Excel; используйте PDF.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="111"/>
        <source>Plain text only: no control characters and no ИИН.</source>
        <translation>Только обычный текст: без управляющих символов и без ИИН.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="82"/>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>Пароль слишком короткий: используйте не менее 10 символов.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="84"/>
        <source>The password cannot be only digits: add letters.</source>
        <translation>Пароль не может состоять только из цифр: добавьте буквы.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="86"/>
        <source>The password cannot contain the login name or a part of the full name.</source>
        <translation>Пароль не должен содержать логин или часть ФИО.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="88"/>
        <source>This password is one of the most common ones and is guessed first.</source>
        <translation>Это один из самых распространённых паролей, его подбирают в первую очередь.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="90"/>
        <source>The password repeats too few characters: use at least 5 different ones.</source>
        <translation>В пароле слишком мало разных символов: используйте не менее 5 различных.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="92"/>
        <source>The new password must differ from the old one.</source>
        <translation>Новый пароль должен отличаться от старого.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="94"/>
        <source>A login name is 1 to 128 printable characters without spaces at the ends.</source>
        <translation>Логин — от 1 до 128 печатаемых символов без пробелов в начале и в конце.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="96"/>
        <source>This login name is already used.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="6"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="15"/>
        <source>School register of the social pedagogue and psychologist</source>
        <translation>Школьный реестр социального педагога и психолога</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="16"/>
        <source>There is no register on this computer yet. Try the program on a fictional demo school, or create the register of your school. Everything stays on this computer.</source>
        <translation>На этом компьютере пока нет реестра. Опробуйте программу на вымышленной демонстрационной школе или создайте реестр своей школы. Все данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="18"/>
        <source>Open the demo school</source>
        <translation>Открыть демонстрационную школу</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="18"/>
        <source>600 fictional students and families to try every screen. Nothing real is stored.</source>
        <translation>600 вымышленных учащихся и семей, чтобы опробовать все окна. Реальные данные не хранятся.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="19"/>
        <source>Create the register of my school</source>
        <translation>Создать реестр своей школы</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="19"/>
        <source>Enter the school name in Kazakh and Russian, BIN, address and director.</source>
        <translation>Укажите название школы на казахском и русском языках, БИН, адрес и директора.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="47"/>
        <source>Delete clears the date.</source>
        <translation>Клавиша Delete очищает дату.</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="142"/>
        <source>Only the administrator manages accounts.</source>
        <translation>Учётными записями управляет только администратор.</translation>
    </message>
</context>
</TS>
