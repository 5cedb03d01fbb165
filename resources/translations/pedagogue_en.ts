<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="67"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="68"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="69"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="71"/>
        <source>Failed logins</source>
        <translation>Failed logins</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="72"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="77"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="78"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="80"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="264"/>
        <source>This is the last active administrator account: it cannot be disabled. Create another administrator first.</source>
        <translation>This is the last active administrator account: it cannot be disabled. Create another administrator first.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="268"/>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="270"/>
        <source>This account no longer exists. The list is read again.</source>
        <translation>This account no longer exists. The list is read again.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="273"/>
        <source>The key file of the register refused the change: %1</source>
        <translation>The key file of the register refused the change: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="276"/>
        <source>The account could not be changed: %1</source>
        <translation>The account could not be changed: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="361"/>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="447"/>
        <source>Only the administrator manages accounts.</source>
        <translation>Only the administrator manages accounts.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="405"/>
        <source>Account %1 created.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="413"/>
        <source>New password set for %1; the account is unlocked.</source>
        <translation>New password set for %1; the account is unlocked.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="421"/>
        <source>%1 can log in again: failed logins cleared.</source>
        <translation>%1 can log in again: failed logins cleared.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="428"/>
        <source>Disable the account %1 (%2)? It can no longer log in; its records and its audit events are kept.</source>
        <translation>Disable the account %1 (%2)? It can no longer log in; its records and its audit events are kept.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="432"/>
        <source>This is your own account: once the screen locks or you log out, you cannot log in with it again.</source>
        <translation>This is your own account: once the screen locks or you log out, you cannot log in with it again.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="435"/>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="441"/>
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="454"/>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="483"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="471"/>
        <source>Only the administrator changes the screen lock.</source>
        <translation>Only the administrator changes the screen lock.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/accounts_page.py" line="474"/>
        <source>Saved: the screen locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Saved: the screen locks after %n minute(s) without use.</numerusform>
            <numerusform>Saved: the screen locks after %n minute(s) without use.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="485"/>
        <source>Everyone who works in the register logs in with their own account. Enter or a double-click resets the password of the chosen account; Delete disables it.</source>
        <translation>Everyone who works in the register logs in with their own account. Enter or a double-click resets the password of the chosen account; Delete disables it.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="487"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="488"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="489"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="490"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="491"/>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="492"/>
        <source>Lock after idle &amp;minutes:</source>
        <translation>Lock after idle &amp;minutes:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="494"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="496"/>
        <source>For every user of this register. Ctrl+L or F12 locks the screen at once.</source>
        <translation>For every user of this register. Ctrl+L or F12 locks the screen at once.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="210"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="212"/>
        <source>Each colleague gets their own account. Give them the first password in person and ask them to change it (Account → Change password…).</source>
        <translation>Each colleague gets their own account. Give them the first password in person and ask them to change it (Account → Change password…).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="214"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="216"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="218"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="225"/>
        <source>&amp;Create account</source>
        <translation>&amp;Create account</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="249"/>
        <source>New register: the administrator</source>
        <translation>New register: the administrator</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="250"/>
        <source>Encrypt the register</source>
        <translation>Encrypt the register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="252"/>
        <source>The register will be encrypted: it opens only with the password of one of its accounts. Create the administrator first; the administrator then creates the accounts of colleagues. Next you will see the recovery key, which opens the register if every password is forgotten.</source>
        <translation>The register will be encrypted: it opens only with the password of one of its accounts. Create the administrator first; the administrator then creates the accounts of colleagues. Next you will see the recovery key, which opens the register if every password is forgotten.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="256"/>
        <source>This register was made by an earlier version of the program and is not encrypted. It will be encrypted now: first an encrypted backup copy is made in the backups folder, then the register itself is encrypted. Nothing is lost. From now on it opens only with a password: create the administrator who will log in.</source>
        <translation>This register was made by an earlier version of the program and is not encrypted. It will be encrypted now: first an encrypted backup copy is made in the backups folder, then the register itself is encrypted. Nothing is lost. From now on it opens only with a password: create the administrator who will log in.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="260"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="262"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="264"/>
        <source>&amp;Create the administrator</source>
        <translation>&amp;Create the administrator</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="265"/>
        <source>&amp;Encrypt the register</source>
        <translation>&amp;Encrypt the register</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="178"/>
        <source>Only the administrator reads the audit log.</source>
        <translation>Only the administrator reads the audit log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="182"/>
        <source>The newest %n events are shown: narrow the dates to see older ones.</source>
        <translation>
            <numerusform>The newest %n events are shown: narrow the dates to see older ones.</numerusform>
            <numerusform>The newest %n events are shown: narrow the dates to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="184"/>
        <source>%n event(s) shown.</source>
        <translation>
            <numerusform>%n event(s) shown.</numerusform>
            <numerusform>%n event(s) shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="193"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="198"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="206"/>
        <source>Only the administrator checks the audit log.</source>
        <translation>Only the administrator checks the audit log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/audit_page.py" line="212"/>
        <source>The log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The log is intact: %n event(s) checked.</numerusform>
            <numerusform>The log is intact: %n event(s) checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="223"/>
        <source>The log is broken at event #%1: %2</source>
        <translation>The log is broken at event #%1: %2</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="225"/>
        <source>The log is broken at event #%1 (%2, %3): %4</source>
        <translation>The log is broken at event #%1 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="255"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="257"/>
        <source>Who did what and when — logins, failed logins, locks, prints, exports, account changes — never what a record says. The log cannot be edited or deleted: each event carries the hash of the one before it, so a changed or removed event is found by “Check the chain”.</source>
        <translation>Who did what and when — logins, failed logins, locks, prints, exports, account changes — never what a record says. The log cannot be edited or deleted: each event carries the hash of the one before it, so a changed or removed event is found by “Check the chain”.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="261"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="262"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="263"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="264"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="265"/>
        <source>&amp;Check the chain</source>
        <translation>&amp;Check the chain</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="62"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="63"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="64"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="65"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="66"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/audit_page.py" line="67"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="8"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="9"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="12"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="13"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="14"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="17"/>
        <source>incomplete family</source>
        <translation>incomplete family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="18"/>
        <source>large family (4+ children)</source>
        <translation>large family (4+ children)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="19"/>
        <source>low-income / АСП</source>
        <translation>low-income / АСП</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="20"/>
        <source>guardianship / foster</source>
        <translation>guardianship / foster</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="21"/>
        <source>orphan</source>
        <translation>orphan</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="22"/>
        <source>disability (child or parent)</source>
        <translation>disability (child or parent)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="23"/>
        <source>emergency</source>
        <translation>emergency</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="24"/>
        <location filename="../../pedagogue_app/services/catalog.py" line="40"/>
        <source>difficult life situation</source>
        <translation>difficult life situation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="25"/>
        <source>dysfunctional family</source>
        <translation>dysfunctional family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="26"/>
        <source>migrants / кандасы</source>
        <translation>migrants / кандасы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="29"/>
        <source>school register</source>
        <translation>school register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="30"/>
        <source>police (ОЮП)</source>
        <translation>police (ОЮП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="31"/>
        <source>commission (КДНиЗП)</source>
        <translation>commission (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="34"/>
        <source>learning difficulties</source>
        <translation>learning difficulties</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="35"/>
        <source>systematic unexcused absence</source>
        <translation>systematic unexcused absence</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="36"/>
        <source>antisocial behaviour</source>
        <translation>antisocial behaviour</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="37"/>
        <source>offence committed</source>
        <translation>offence committed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="38"/>
        <source>victim of violence</source>
        <translation>victim of violence</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="39"/>
        <source>suicidal risk</source>
        <translation>suicidal risk</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="44"/>
        <source>mother</source>
        <translation>mother</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="45"/>
        <source>father</source>
        <translation>father</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="46"/>
        <source>stepmother</source>
        <translation>stepmother</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="47"/>
        <source>stepfather</source>
        <translation>stepfather</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="48"/>
        <source>grandmother</source>
        <translation>grandmother</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="49"/>
        <source>grandfather</source>
        <translation>grandfather</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="50"/>
        <source>guardian</source>
        <translation>guardian</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="51"/>
        <source>brother or sister</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="52"/>
        <source>other relative</source>
        <translation>other relative</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="55"/>
        <source>1: receives targeted social assistance (АСП)</source>
        <translation>1: receives targeted social assistance (АСП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="56"/>
        <source>2: income below the subsistence minimum</source>
        <translation>2: income below the subsistence minimum</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="57"/>
        <source>3: orphan or without parental care</source>
        <translation>3: orphan or without parental care</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="58"/>
        <source>4: family in an emergency</source>
        <translation>4: family in an emergency</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="59"/>
        <source>5: other, by collegial decision</source>
        <translation>5: other, by collegial decision</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/catalog.py" line="66"/>
        <source>special educational needs</source>
        <translation>special educational needs</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="21"/>
        <source>register entry</source>
        <translation>register entry</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="22"/>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="23"/>
        <source>special-needs plan</source>
        <translation>special-needs plan</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="24"/>
        <source>psychologist session</source>
        <translation>psychologist session</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="25"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/chronology.py" line="26"/>
        <source>referral letter</source>
        <translation>referral letter</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="29"/>
        <source>home visit due</source>
        <translation>home visit due</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="30"/>
        <source>plan measure due</source>
        <translation>plan measure due</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="31"/>
        <source>register review due</source>
        <translation>register review due</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="32"/>
        <source>PMPK conclusion expires</source>
        <translation>PMPK conclusion expires</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="33"/>
        <source>evidence document expires</source>
        <translation>evidence document expires</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="34"/>
        <source>free-meals evidence expires</source>
        <translation>free-meals evidence expires</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="35"/>
        <source>incident step past its deadline</source>
        <translation>incident step past its deadline</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="36"/>
        <source>session follow-up due</source>
        <translation>session follow-up due</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/dashboard.py" line="37"/>
        <source>referral reply awaited</source>
        <translation>referral reply awaited</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="21"/>
        <source>phone call</source>
        <translation>phone call</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="22"/>
        <source>meeting at school</source>
        <translation>meeting at school</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="23"/>
        <source>visit to the family</source>
        <translation>visit to the family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="24"/>
        <source>text message</source>
        <translation>text message</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="25"/>
        <source>letter or notice</source>
        <translation>letter or notice</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="27"/>
        <source>planned visit</source>
        <translation>planned visit</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="28"/>
        <source>unplanned visit</source>
        <translation>unplanned visit</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="29"/>
        <source>at the request of a body</source>
        <translation>at the request of a body</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="32"/>
        <source>living conditions satisfactory</source>
        <translation>living conditions satisfactory</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="33"/>
        <source>living conditions unsatisfactory</source>
        <translation>living conditions unsatisfactory</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="38"/>
        <source>owned</source>
        <translation>owned</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="39"/>
        <source>rented</source>
        <translation>rented</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="40"/>
        <source>living with relatives</source>
        <translation>living with relatives</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="41"/>
        <source>service housing</source>
        <translation>service housing</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="42"/>
        <source>social (municipal) housing</source>
        <translation>social (municipal) housing</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="43"/>
        <source>dormitory</source>
        <translation>dormitory</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="44"/>
        <source>no housing of their own</source>
        <translation>no housing of their own</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="47"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="61"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="48"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="62"/>
        <source>satisfactory</source>
        <translation>satisfactory</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="49"/>
        <source>needs repair</source>
        <translation>needs repair</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="50"/>
        <location filename="../../pedagogue_app/services/home_visits.py" line="63"/>
        <source>unsatisfactory</source>
        <translation>unsatisfactory</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="51"/>
        <source>dilapidated (unsafe)</source>
        <translation>dilapidated (unsafe)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="54"/>
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="55"/>
        <source>own gas boiler</source>
        <translation>own gas boiler</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="56"/>
        <source>electric</source>
        <translation>electric</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="57"/>
        <source>stove (coal, wood)</source>
        <translation>stove (coal, wood)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="58"/>
        <source>no heating</source>
        <translation>no heating</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="67"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="23"/>
        <source>commission for minors&apos; affairs (КДНиЗП)</source>
        <translation>commission for minors&apos; affairs (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="68"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="22"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="60"/>
        <source>juvenile police (ОЮП)</source>
        <translation>juvenile police (ОЮП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="69"/>
        <location filename="../../pedagogue_app/services/organisations.py" line="24"/>
        <source>guardianship body</source>
        <translation>guardianship body</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="70"/>
        <source>education department</source>
        <translation>education department</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="71"/>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="72"/>
        <source>social protection department</source>
        <translation>social protection department</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="43"/>
        <source>violence</source>
        <translation>violence</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="44"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="66"/>
        <source>bullying</source>
        <translation>bullying</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="45"/>
        <source>cyberbullying</source>
        <translation>cyberbullying</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="46"/>
        <source>neglect</source>
        <translation>neglect</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="47"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="64"/>
        <source>self-harm</source>
        <translation>self-harm</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="48"/>
        <source>running away</source>
        <translation>running away</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="49"/>
        <source>offence</source>
        <translation>offence</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="52"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="53"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="56"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="57"/>
        <source>initiator</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="58"/>
        <source>witness</source>
        <translation>witness</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="62"/>
        <source>Children separated, safety ensured</source>
        <translation>Children separated, safety ensured</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="63"/>
        <source>School administration informed</source>
        <translation>School administration informed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="64"/>
        <source>Police (juvenile inspector) notified</source>
        <translation>Police (juvenile inspector) notified</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="65"/>
        <source>Parents (legal representatives) informed</source>
        <translation>Parents (legal representatives) informed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="66"/>
        <source>Guardianship body informed</source>
        <translation>Guardianship body informed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="67"/>
        <source>Child informed about the 111 helpline</source>
        <translation>Child informed about the 111 helpline</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="68"/>
        <source>Referred to a crisis centre</source>
        <translation>Referred to a crisis centre</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="69"/>
        <source>Psychologist consultation</source>
        <translation>Psychologist consultation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="96"/>
        <source>Disclosed in a psychologist session on {date}.</source>
        <translation>Disclosed in a psychologist session on {date}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="21"/>
        <source>PMPK (ПМПК)</source>
        <translation>PMPK (ПМПК)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="25"/>
        <source>crisis centre</source>
        <translation>crisis centre</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="26"/>
        <source>rehabilitation centre</source>
        <translation>rehabilitation centre</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="27"/>
        <source>polyclinic</source>
        <translation>polyclinic</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="28"/>
        <source>other organisation</source>
        <translation>other organisation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="37"/>
        <source>positive dynamics</source>
        <translation>positive dynamics</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="38"/>
        <source>transferred to another school</source>
        <translation>transferred to another school</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="39"/>
        <source>finished school</source>
        <translation>finished school</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="40"/>
        <source>reached the age of 18</source>
        <translation>reached the age of 18</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="41"/>
        <source>decision of the prevention council</source>
        <translation>decision of the prevention council</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="44"/>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="45"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="46"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="40"/>
        <source>individual consultation</source>
        <translation>individual consultation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="41"/>
        <source>group session</source>
        <translation>group session</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="42"/>
        <source>family consultation</source>
        <translation>family consultation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="43"/>
        <source>diagnostics</source>
        <translation>diagnostics</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="44"/>
        <source>correctional session</source>
        <translation>correctional session</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="45"/>
        <source>crisis intervention</source>
        <translation>crisis intervention</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="46"/>
        <source>psycho-education</source>
        <translation>psycho-education</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="49"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="71"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="50"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="55"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="72"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="51"/>
        <location filename="../../pedagogue_app/services/sessions.py" line="56"/>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="54"/>
        <source>self-referral</source>
        <translation>self-referral</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="57"/>
        <source>school administration</source>
        <translation>school administration</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="59"/>
        <source>commission for minors (КДНиЗП)</source>
        <translation>commission for minors (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="63"/>
        <source>suicidal thoughts</source>
        <translation>suicidal thoughts</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="65"/>
        <source>abuse disclosed</source>
        <translation>abuse disclosed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="27"/>
        <source>general curriculum</source>
        <translation>general curriculum</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="28"/>
        <source>adapted curriculum</source>
        <translation>adapted curriculum</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="29"/>
        <source>special curriculum</source>
        <translation>special curriculum</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="30"/>
        <source>individual curriculum</source>
        <translation>individual curriculum</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="33"/>
        <source>inclusive class</source>
        <translation>inclusive class</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="34"/>
        <source>special class</source>
        <translation>special class</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="35"/>
        <source>home schooling</source>
        <translation>home schooling</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="38"/>
        <source>speech therapist</source>
        <translation>speech therapist</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="39"/>
        <source>defectologist</source>
        <translation>defectologist</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="40"/>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="41"/>
        <source>teacher assistant</source>
        <translation>teacher assistant</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="46"/>
        <source>delayed mental development</source>
        <translation>delayed mental development</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="47"/>
        <source>severe speech disorder</source>
        <translation>severe speech disorder</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="48"/>
        <source>hearing impairment</source>
        <translation>hearing impairment</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="49"/>
        <source>visual impairment</source>
        <translation>visual impairment</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="50"/>
        <source>musculoskeletal disorder</source>
        <translation>musculoskeletal disorder</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="51"/>
        <source>autism spectrum disorder</source>
        <translation>autism spectrum disorder</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="52"/>
        <source>intellectual disability</source>
        <translation>intellectual disability</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="53"/>
        <source>emotional and behavioural disorder</source>
        <translation>emotional and behavioural disorder</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="56"/>
        <source>speech</source>
        <translation>speech</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="57"/>
        <source>cognition</source>
        <translation>cognition</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="58"/>
        <source>emotions</source>
        <translation>emotions</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="59"/>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="60"/>
        <source>learning</source>
        <translation>learning</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="61"/>
        <source>motor skills</source>
        <translation>motor skills</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="62"/>
        <source>self-care</source>
        <translation>self-care</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="63"/>
        <source>behaviour</source>
        <translation>behaviour</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="67"/>
        <source>PMPK conclusion and support plan</source>
        <translation>PMPK conclusion and support plan</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="68"/>
        <source>support plan review</source>
        <translation>support plan review</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="36"/>
        <source>referral to the PMPK</source>
        <translation>referral to the PMPK</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="37"/>
        <source>referral to a rehabilitation centre</source>
        <translation>referral to a rehabilitation centre</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="38"/>
        <source>referral to a crisis centre</source>
        <translation>referral to a crisis centre</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="39"/>
        <source>letter to the juvenile police (ОЮП)</source>
        <translation>letter to the juvenile police (ОЮП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="40"/>
        <source>letter to the commission for minors&apos; affairs (КДНиЗП)</source>
        <translation>letter to the commission for minors&apos; affairs (КДНиЗП)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="41"/>
        <source>letter to the guardianship body</source>
        <translation>letter to the guardianship body</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="42"/>
        <source>referral to a polyclinic</source>
        <translation>referral to a polyclinic</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="45"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="46"/>
        <source>issued, not sent</source>
        <translation>issued, not sent</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="47"/>
        <source>sent, reply awaited</source>
        <translation>sent, reply awaited</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="48"/>
        <source>reply received</source>
        <translation>reply received</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="49"/>
        <source>reply overdue</source>
        <translation>reply overdue</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="53"/>
        <source>delivered by hand</source>
        <translation>delivered by hand</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="54"/>
        <source>by post</source>
        <translation>by post</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="55"/>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="56"/>
        <source>through the electronic document system</source>
        <translation>through the electronic document system</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="59"/>
        <source>reply to a referral</source>
        <translation>reply to a referral</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="22"/>
        <source>Social passport</source>
        <translation>Social passport</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="23"/>
        <source>Free meals and Vseobuch lists</source>
        <translation>Free meals and Vseobuch lists</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="24"/>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="25"/>
        <source>Specialists&apos; workload</source>
        <translation>Specialists&apos; workload</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="26"/>
        <source>Anonymous statistics for the district</source>
        <translation>Anonymous statistics for the district</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="27"/>
        <source>Journal of outgoing letters</source>
        <translation>Journal of outgoing letters</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="28"/>
        <source>Blank home-visit act forms</source>
        <translation>Blank home-visit act forms</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="29"/>
        <source>Blank incident forms</source>
        <translation>Blank incident forms</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="32"/>
        <source>Counts of children by family and child category, for one class or the whole school with a row per class.</source>
        <translation>Counts of children by family and child category, for one class or the whole school with a row per class.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="35"/>
        <source>Children by the five free-meals categories with their evidence documents; expired and soon expiring documents are flagged.</source>
        <translation>Children by the five free-meals categories with their evidence documents; expired and soon expiring documents are flagged.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="38"/>
        <source>Home visits, psychologist sessions, incidents by type, referrals and replies, register changes in the period.</source>
        <translation>Home visits, psychologist sessions, incidents by type, referrals and replies, register changes in the period.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="41"/>
        <source>Children, sessions, hours and visits per specialist in the period, against the size of the school.</source>
        <translation>Children, sessions, hours and visits per specialist in the period, against the size of the school.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="44"/>
        <source>Counts only, without names or ИИН; counts under 5 are hidden so that no child can be recognised.</source>
        <translation>Counts only, without names or ИИН; counts under 5 are hidden so that no child can be recognised.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="47"/>
        <source>Every letter issued in the year of the period&apos;s end.</source>
        <translation>Every letter issued in the year of the period&apos;s end.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="48"/>
        <source>Pre-numbered act forms to fill by hand on days without a computer.</source>
        <translation>Pre-numbered act forms to fill by hand on days without a computer.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="50"/>
        <source>Pre-numbered incident forms to fill by hand on days without a computer.</source>
        <translation>Pre-numbered incident forms to fill by hand on days without a computer.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="79"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="80"/>
        <source>failed login</source>
        <translation>failed login</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="81"/>
        <source>logout</source>
        <translation>logout</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="82"/>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="83"/>
        <source>screen unlocked</source>
        <translation>screen unlocked</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="84"/>
        <source>restricted record viewed</source>
        <translation>restricted record viewed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="85"/>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="86"/>
        <source>saved as PDF</source>
        <translation>saved as PDF</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="87"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="88"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="89"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="90"/>
        <source>restore from backup</source>
        <translation>restore from backup</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="91"/>
        <source>account created</source>
        <translation>account created</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="92"/>
        <source>account changed</source>
        <translation>account changed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="93"/>
        <source>account disabled</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="94"/>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="95"/>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="96"/>
        <source>settings changed</source>
        <translation>settings changed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="101"/>
        <source>the event was changed after it was written</source>
        <translation>the event was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="102"/>
        <source>events are missing at this point of the log</source>
        <translation>events are missing at this point of the log</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="103"/>
        <source>the event was added outside the program</source>
        <translation>the event was added outside the program</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="104"/>
        <source>the events are not in the order they were written</source>
        <translation>the events are not in the order they were written</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="105"/>
        <source>the chain starts again here: its last known event was missing</source>
        <translation>the chain starts again here: its last known event was missing</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="107"/>
        <source>the record of the last event is missing</source>
        <translation>the record of the last event is missing</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="123"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>The current password is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="136"/>
        <source>Your account was not found. Ask the administrator.</source>
        <translation>Your account was not found. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="139"/>
        <source>Your password is changed. Use the new password from now on, also to unlock the screen.</source>
        <translation>Your password is changed. Use the new password from now on, also to unlock the screen.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="144"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="146"/>
        <source>Account %1. Type your current password, then the new one twice. Other accounts and the recovery key are not affected.</source>
        <translation>Account %1. Type your current password, then the new one twice. Other accounts and the recovery key are not affected.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="148"/>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="151"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="152"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/change_password_dialog.py" line="153"/>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/dashboard.py" line="98"/>
        <source>%n item(s), of them overdue: %1</source>
        <translation>
            <numerusform>%n item, of them overdue: %1</numerusform>
            <numerusform>%n items, of them overdue: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="104"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="104"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="114"/>
        <source>What needs doing — %1</source>
        <translation>What needs doing — %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="115"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="20"/>
        <source>Overdue and due in the next two weeks (Enter opens the record):</source>
        <translation>Overdue and due in the next two weeks (Enter opens the record):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="28"/>
        <source>Children by register category:</source>
        <translation>Children by register category:</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="67"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="68"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="71"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="72"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="73"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="127"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="184"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="210"/>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="210"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/pdf_preview.py" line="247"/>
        <source>The file was not saved: %1</source>
        <translation>The file was not saved: %1</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="26"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="27"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/dashboard.py" line="28"/>
        <source>Who / which record</source>
        <translation>Who / which record</translation>
    </message>
</context>
<context>
    <name>FamilyContactDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="47"/>
        <source>New contact with the family</source>
        <translation>New contact with the family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="48"/>
        <source>Edit contact with the family</source>
        <translation>Edit contact with the family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contact_dialog.py" line="90"/>
        <source>Family: %1</source>
        <translation>Family: %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="6"/>
        <source>Contact with the family</source>
        <translation>Contact with the family</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="12"/>
        <source>&amp;Date and time</source>
        <translation>&amp;Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="19"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="21"/>
        <source>&amp;With whom</source>
        <translation>&amp;With whom</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="23"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../ui/family_contact_dialog.ui" line="24"/>
        <source>What was discussed or agreed, facts only</source>
        <translation>What was discussed or agreed, facts only</translation>
    </message>
</context>
<context>
    <name>FamilyContactTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="43"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="44"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="45"/>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="46"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>FamilyContactsWidget</name>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="140"/>
        <source>Save the family first; then its contacts can be logged.</source>
        <translation>Save the family first; then its contacts can be logged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="142"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="178"/>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="186"/>
        <source>Archive contact</source>
        <translation>Archive contact</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="179"/>
        <source>Archive the contact of %1? It leaves the log and is kept in the register.</source>
        <translation>Archive the contact of %1? It leaves the log and is kept in the register.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="187"/>
        <source>You are not allowed to change this record.</source>
        <translation>You are not allowed to change this record.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="196"/>
        <source>A&amp;dd contact…</source>
        <translation>A&amp;dd contact…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="197"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_contacts_widget.py" line="198"/>
        <source>Arch&amp;ive</source>
        <translation>Arch&amp;ive</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Act No.</source>
        <translation>Act No.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="116"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="145"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="146"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="147"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Evidence document No.</source>
        <translation>Evidence document No.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="149"/>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="150"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="150"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="162"/>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="163"/>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="164"/>
        <source>&amp;New home visit…</source>
        <translation>&amp;New home visit…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="166"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="168"/>
        <source>New family</source>
        <translation>New family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="169"/>
        <source>Edit family</source>
        <translation>Edit family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="197"/>
        <source>Children at this school: %1</source>
        <translation>Children at this school: %1</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="6"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="11"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="14"/>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="15"/>
        <source>e.g. the surname; taken from the first member if empty</source>
        <translation>e.g. the surname; taken from the first member if empty</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="16"/>
        <source>&amp;Registered address</source>
        <translation>&amp;Registered address</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="18"/>
        <source>&amp;Actual address</source>
        <translation>&amp;Actual address</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="22"/>
        <source>&amp;Housing</source>
        <translation>&amp;Housing</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="24"/>
        <source>Registered with p&amp;olice (ОЮП) on</source>
        <translation>Registered with p&amp;olice (ОЮП) on</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="26"/>
        <source>Registered with the co&amp;mmission (КДНиЗП) on</source>
        <translation>Registered with the co&amp;mmission (КДНиЗП) on</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="28"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="33"/>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="36"/>
        <source>Dates as DD.MM.YYYY. A valid ИИН fills the birth date.</source>
        <translation>Dates as DD.MM.YYYY. A valid ИИН fills the birth date.</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="39"/>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="40"/>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="47"/>
        <source>&amp;Categories and risks</source>
        <translation>&amp;Categories and risks</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="54"/>
        <source>Free meals / Всеобуч</source>
        <translation>Free meals / Всеобуч</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="56"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="58"/>
        <source>E&amp;vidence document</source>
        <translation>E&amp;vidence document</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="60"/>
        <source>Valid &amp;until</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="67"/>
        <source>Risk factors</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="69"/>
        <source>Alcohol or drugs</source>
        <translation>Alcohol or drugs</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="70"/>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="71"/>
        <source>Protection order issued</source>
        <translation>Protection order issued</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="72"/>
        <source>A parent imprisoned</source>
        <translation>A parent imprisoned</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="73"/>
        <source>Unemployment</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <location filename="../../ui/family_dialog.ui" line="74"/>
        <source>Children left with relatives</source>
        <translation>Children left with relatives</translation>
    </message>
</context>
<context>
    <name>FamilyListPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="146"/>
        <source>%n family(ies) shown</source>
        <translation>
            <numerusform>%n family shown</numerusform>
            <numerusform>%n families shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/family_list_page.ui" line="8"/>
        <source>Search by family or member name…</source>
        <translation>Search by family or member name…</translation>
    </message>
    <message>
        <location filename="../../ui/family_list_page.ui" line="9"/>
        <source>&amp;New family…</source>
        <translation>&amp;New family…</translation>
    </message>
</context>
<context>
    <name>FamilyPicker</name>
    <message>
        <location filename="../../ui/family_picker.ui" line="6"/>
        <source>Choose a family</source>
        <translation>Choose a family</translation>
    </message>
    <message>
        <location filename="../../ui/family_picker.ui" line="8"/>
        <source>Search by family or member name…</source>
        <translation>Search by family or member name…</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="210"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="211"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="212"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>HomeVisitDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="123"/>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="125"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="123"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="125"/>
        <source>Relation, year of birth, occupation</source>
        <translation>Relation, year of birth, occupation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="264"/>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="271"/>
        <source>student, class %1</source>
        <translation>student, class %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="281"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="290"/>
        <source>Act No. %1 of %2</source>
        <translation>Act No. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="294"/>
        <source>New home-visit act</source>
        <translation>New home-visit act</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/home_visit_dialog.py" line="295"/>
        <source>Home-visit act No. %1</source>
        <translation>Home-visit act No. %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="6"/>
        <source>Home-visit act</source>
        <translation>Home-visit act</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="12"/>
        <source>&amp;Act and commission</source>
        <translation>&amp;Act and commission</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="16"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="19"/>
        <source>Act &amp;No.</source>
        <translation>Act &amp;No.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="20"/>
        <source>The next free number of the year is suggested; you may change it.</source>
        <translation>The next free number of the year is suggested; you may change it.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="21"/>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Date of the visit</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="23"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="24"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="25"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="27"/>
        <source>Re&amp;quested by</source>
        <translation>Re&amp;quested by</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="29"/>
        <source>Stud&amp;ent</source>
        <translation>Stud&amp;ent</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="33"/>
        <location filename="../../ui/home_visit_dialog.ui" line="41"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="34"/>
        <source>Clear the student</source>
        <translation>Clear the student</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="37"/>
        <source>&amp;Family</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="42"/>
        <source>Clear the family</source>
        <translation>Clear the family</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="45"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="52"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="54"/>
        <source>Co&amp;mmission members (name and position)</source>
        <translation>Co&amp;mmission members (name and position)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="58"/>
        <source>Add mem&amp;ber</source>
        <translation>Add mem&amp;ber</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="59"/>
        <source>Remo&amp;ve member</source>
        <translation>Remo&amp;ve member</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="69"/>
        <source>&amp;Residents and housing</source>
        <translation>&amp;Residents and housing</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="73"/>
        <source>Living at the address</source>
        <translation>Living at the address</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="75"/>
        <source>Everyone &amp;living at the address (name; relation, year of birth, occupation)</source>
        <translation>Everyone &amp;living at the address (name; relation, year of birth, occupation)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="79"/>
        <source>Add p&amp;erson</source>
        <translation>Add p&amp;erson</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="80"/>
        <source>Remove perso&amp;n</source>
        <translation>Remove perso&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="81"/>
        <source>Fill from the famil&amp;y</source>
        <translation>Fill from the famil&amp;y</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="90"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="93"/>
        <source>O&amp;wnership</source>
        <translation>O&amp;wnership</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="95"/>
        <source>Roo&amp;ms</source>
        <translation>Roo&amp;ms</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="97"/>
        <source>Area, m²</source>
        <translation>Area, m²</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="99"/>
        <source>Con&amp;dition of the dwelling</source>
        <translation>Con&amp;dition of the dwelling</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="101"/>
        <source>Heatin&amp;g</source>
        <translation>Heatin&amp;g</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="103"/>
        <source>Sanitary &amp;state</source>
        <translation>Sanitary &amp;state</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="105"/>
        <source>Amenities</source>
        <translation>Amenities</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="108"/>
        <source>Running wa&amp;ter</source>
        <translation>Running wa&amp;ter</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="109"/>
        <source>Sewerage</source>
        <translation>Sewerage</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="110"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="111"/>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="120"/>
        <source>C&amp;hild and family</source>
        <translation>C&amp;hild and family</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="124"/>
        <source>The child has</source>
        <translation>The child has</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="126"/>
        <source>Own room or corner</source>
        <translation>Own room or corner</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="127"/>
        <source>Desk for homework</source>
        <translation>Desk for homework</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="128"/>
        <source>Own bed</source>
        <translation>Own bed</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="129"/>
        <source>Seasonal clothes and shoes</source>
        <translation>Seasonal clothes and shoes</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="130"/>
        <source>School supplies</source>
        <translation>School supplies</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="131"/>
        <source>Regular meals</source>
        <translation>Regular meals</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="132"/>
        <source>Computer or tablet</source>
        <translation>Computer or tablet</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="139"/>
        <source>Parents&apos; attention to st&amp;udies</source>
        <translation>Parents&apos; attention to st&amp;udies</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="141"/>
        <source>Family &amp;climate</source>
        <translation>Family &amp;climate</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="143"/>
        <source>Signs of ne&amp;glect or violence</source>
        <translation>Signs of ne&amp;glect or violence</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="144"/>
        <source>Facts only: what was seen and heard. Empty if none.</source>
        <translation>Facts only: what was seen and heard. Empty if none.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="145"/>
        <source>The child&apos;s own &amp;words</source>
        <translation>The child&apos;s own &amp;words</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="146"/>
        <source>Word for word, in quotation marks.</source>
        <translation>Word for word, in quotation marks.</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="152"/>
        <source>C&amp;onclusion</source>
        <translation>C&amp;onclusion</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="155"/>
        <source>Concl&amp;usion</source>
        <translation>Concl&amp;usion</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="157"/>
        <source>Recommendation&amp;s</source>
        <translation>Recommendation&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="159"/>
        <source>&amp;Measures taken</source>
        <translation>&amp;Measures taken</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="161"/>
        <source>&amp;Next visit</source>
        <translation>&amp;Next visit</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="165"/>
        <source>In a month</source>
        <translation>In a month</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="166"/>
        <source>In three months</source>
        <translation>In three months</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="170"/>
        <source>Si&amp;gned by (family)</source>
        <translation>Si&amp;gned by (family)</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="171"/>
        <source>Who read and signed the act, e.g. the mother</source>
        <translation>Who read and signed the act, e.g. the mother</translation>
    </message>
    <message>
        <location filename="../../ui/home_visit_dialog.ui" line="172"/>
        <source>Re&amp;fused to sign</source>
        <translation>Re&amp;fused to sign</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="209"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>teacher</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>other school staff</source>
        <translation>other school staff</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="216"/>
        <source>neighbour</source>
        <translation>neighbour</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="217"/>
        <source>stranger</source>
        <translation>stranger</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="221"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Step (tick when done)</source>
        <translation>Step (tick when done)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="223"/>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="224"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="230"/>
        <source>Drafted from a psychologist session.</source>
        <translation>Drafted from a psychologist session.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="233"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="234"/>
        <source>Edit incident</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="334"/>
        <source>A student of this school</source>
        <translation>A student of this school</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="489"/>
        <source>Past its deadline</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_dialog.py" line="543"/>
        <source>Saved steps stay on the list: mark them not applicable instead.</source>
        <translation>Saved steps stay on the list: mark them not applicable instead.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="6"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="8"/>
        <source>Restricted record: facts only, shown to authorised staff.</source>
        <translation>Restricted record: facts only, shown to authorised staff.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="12"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="15"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="17"/>
        <source>&amp;Happened</source>
        <translation>&amp;Happened</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="19"/>
        <source>Reported to the &amp;school</source>
        <translation>Reported to the &amp;school</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="21"/>
        <source>Reported &amp;by</source>
        <translation>Reported &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="22"/>
        <source>name and position, e.g. class teacher of 5А</source>
        <translation>name and position, e.g. class teacher of 5А</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="23"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="24"/>
        <source>e.g. classroom 204, school yard, class chat</source>
        <translation>e.g. classroom 204, school yard, class chat</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="25"/>
        <source>A&amp;dult involved</source>
        <translation>A&amp;dult involved</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="26"/>
        <source>name, only if an adult took part</source>
        <translation>name, only if an adult took part</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="27"/>
        <source>Adult&apos;s re&amp;lation to the child</source>
        <translation>Adult&apos;s re&amp;lation to the child</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="33"/>
        <source>&amp;Children</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="36"/>
        <source>Each child once, with a role. A child of another school: add a row and type the name.</source>
        <translation>Each child once, with a role. A child of another school: add a row and type the name.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="39"/>
        <source>Add &amp;student…</source>
        <translation>Add &amp;student…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="40"/>
        <source>Add child of &amp;another school</source>
        <translation>Add child of &amp;another school</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="41"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="48"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="51"/>
        <source>What &amp;happened</source>
        <translation>What &amp;happened</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="52"/>
        <source>Facts only: who, what, when and where, as seen or as told. No judgements or diagnoses.</source>
        <translation>Facts only: who, what, when and where, as seen or as told. No judgements or diagnoses.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="53"/>
        <source>The child&apos;s own &amp;words</source>
        <translation>The child&apos;s own &amp;words</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="54"/>
        <source>Word for word, in quotation marks</source>
        <translation>Word for word, in quotation marks</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="55"/>
        <source>&amp;Injuries</source>
        <translation>&amp;Injuries</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="56"/>
        <source>What was seen, and by whom; none if none</source>
        <translation>What was seen, and by whom; none if none</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="60"/>
        <source>&amp;Response</source>
        <translation>&amp;Response</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="63"/>
        <source>Tick a step when it is done: your name and the time are filled in and can be corrected (DD.MM.YYYY HH:MM). A step that does not apply: tick “N/A” and write why in the note.</source>
        <translation>Tick a step when it is done: your name and the time are filled in and can be corrected (DD.MM.YYYY HH:MM). A step that does not apply: tick “N/A” and write why in the note.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="66"/>
        <source>Add &amp;step</source>
        <translation>Add &amp;step</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="67"/>
        <source>Remove st&amp;ep</source>
        <translation>Remove st&amp;ep</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="74"/>
        <source>Follow-up and cl&amp;osure</source>
        <translation>Follow-up and cl&amp;osure</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="77"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="78"/>
        <source>Further work planned with the children and the family</source>
        <translation>Further work planned with the children and the family</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="79"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="81"/>
        <source>Closed o&amp;n</source>
        <translation>Closed o&amp;n</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="83"/>
        <source>Closure no&amp;te</source>
        <translation>Closure no&amp;te</translation>
    </message>
    <message>
        <location filename="../../ui/incident_dialog.ui" line="84"/>
        <source>The outcome, and why the case can be closed</source>
        <translation>The outcome, and why the case can be closed</translation>
    </message>
</context>
<context>
    <name>IncidentListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="117"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="119"/>
        <source>Open and closed</source>
        <translation>Open and closed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/incident_list.py" line="141"/>
        <source>%n incident(s) shown</source>
        <translation>
            <numerusform>%n incident shown</numerusform>
            <numerusform>%n incidents shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="8"/>
        <source>Search by child, place or reporter…</source>
        <translation>Search by child, place or reporter…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="11"/>
        <source>Response &amp;checklists…</source>
        <translation>Response &amp;checklists…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_list_page.ui" line="12"/>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="40"/>
        <source>Happened</source>
        <translation>Happened</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="41"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="42"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="43"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="44"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="45"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/incident_list.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="444"/>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="464"/>
        <source>Switch user, or exit: edits not saved in open windows are then lost.</source>
        <translation>Switch user, or exit: edits not saved in open windows are then lost.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="467"/>
        <source>The password could not be checked: %1</source>
        <translation>The password could not be checked: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="473"/>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="485"/>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="477"/>
        <source>After %1 failed attempts in a row each further one makes you wait; after %2 the account is locked.</source>
        <translation>After %1 failed attempts in a row each further one makes you wait; after %2 the account is locked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/lock_screen.py" line="480"/>
        <source>%n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>%n more failed attempt(s) lock the account.</numerusform>
            <numerusform>%n more failed attempt(s) lock the account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="485"/>
        <source>Too many failed attempts.</source>
        <translation>Too many failed attempts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/lock_screen.py" line="488"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Try again in %n s.</numerusform>
            <numerusform>Try again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="502"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="581"/>
        <source>School register</source>
        <translation>School register</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="96"/>
        <source>The key file %1 beside the register is missing, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</source>
        <translation>The key file %1 beside the register is missing, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="101"/>
        <source>The key file %1 beside the register is damaged, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</source>
        <translation>The key file %1 beside the register is damaged, so the register cannot be opened. Restore %1 from the backup folder %2 or from your own copy. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="112"/>
        <source>This account is locked after too many failed attempts. Ask the administrator to unlock it, or use the recovery key (“Forgot password?”).</source>
        <translation>This account is locked after too many failed attempts. Ask the administrator to unlock it, or use the recovery key (“Forgot password?”).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="117"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="119"/>
        <source>This account cannot log in now. Ask the administrator.</source>
        <translation>This account cannot log in now. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="220"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="239"/>
        <source>Enter your login name and password.</source>
        <translation>Enter your login name and password.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="263"/>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="300"/>
        <source>Wrong login name or password.</source>
        <translation>Wrong login name or password.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="288"/>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="293"/>
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Try again in %n s.</numerusform>
            <numerusform>Try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="294"/>
        <source>Try again in %n min.</source>
        <translation>
            <numerusform>Try again in %n min.</numerusform>
            <numerusform>Try again in %n min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="299"/>
        <source>Too many failed attempts.</source>
        <translation>Too many failed attempts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/login_dialog.py" line="302"/>
        <source>%n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>%n more failed attempt(s) lock the account.</numerusform>
            <numerusform>%n more failed attempt(s) lock the account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="330"/>
        <source>School register (demo)</source>
        <translation>School register (demo)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="330"/>
        <source>School register</source>
        <translation>School register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="331"/>
        <source>Log in: %1</source>
        <translation>Log in: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="333"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="335"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="337"/>
        <source>&amp;Show the password</source>
        <translation>&amp;Show the password</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="338"/>
        <source>Log &amp;in</source>
        <translation>Log &amp;in</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="339"/>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Forgot password?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="341"/>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="343"/>
        <source>Fictional accounts of the demo school, one per role. Click one to fill in the fields.</source>
        <translation>Fictional accounts of the demo school, one per role. Click one to fill in the fields.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="44"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="45"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="46"/>
        <source>Families</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="47"/>
        <source>Psychologist sessions</source>
        <translation>Psychologist sessions</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="48"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="49"/>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="50"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="51"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="42"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="43"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="221"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="222"/>
        <source>Close the register for another user? Edits not saved in open windows are lost.</source>
        <translation>Close the register for another user? Edits not saved in open windows are lost.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="243"/>
        <source>Choose the folder for the backup (e.g. a USB stick)</source>
        <translation>Choose the folder for the backup (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="252"/>
        <source>Your role may not make a backup.</source>
        <translation>Your role may not make a backup.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="254"/>
        <location filename="../../pedagogue_app/views/main_window.py" line="256"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="257"/>
        <source>The backup was written to %1, with the key file beside it. Keep the stick in a safe place: with a password or the recovery key it restores the register on any computer.</source>
        <translation>The backup was written to %1, with the key file beside it. Keep the stick in a safe place: with a password or the recovery key it restores the register on any computer.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="273"/>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>School register</source>
        <translation>School register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="277"/>
        <source>(demo: fictional data)</source>
        <translation>(demo: fictional data)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="292"/>
        <source>Student saved.</source>
        <translation>Student saved.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="350"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="351"/>
        <source>School register of the social pedagogue and psychologist, version %1.
All data stays on this computer.</source>
        <translation>School register of the social pedagogue and psychologist, version %1.
All data stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>&amp;New student…</source>
        <translation>&amp;New student…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>New &amp;family…</source>
        <translation>New &amp;family…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>F&amp;ind</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="49"/>
        <source>&amp;School profile…</source>
        <translation>&amp;School profile…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52"/>
        <source>&amp;Back up to a folder…</source>
        <translation>&amp;Back up to a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="111"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="112"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="114"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="116"/>
        <source>&amp;Show the password</source>
        <translation>&amp;Show the password</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="129"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="142"/>
        <source>At least 10 characters, not only digits, not the login name or a part of the name, not a common password.</source>
        <translation>At least 10 characters, not only digits, not the login name or a part of the name, not a common password.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="145"/>
        <source>Type the password once more.</source>
        <translation>Type the password once more.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="147"/>
        <source>✓ The password meets the rules.</source>
        <translation>✓ The password meets the rules.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="35"/>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="38"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="40"/>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_dialog.py" line="42"/>
        <source>This organisation is archived. Restore it in the list to edit it.</source>
        <translation>This organisation is archived. Restore it in the list to edit it.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="8"/>
        <source>An addressee of referral letters. Letters in Kazakh use the Kazakh name, letters in Russian the Russian one.</source>
        <translation>An addressee of referral letters. Letters in Kazakh use the Kazakh name, letters in Russian the Russian one.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="14"/>
        <source>Name in Ka&amp;zakh</source>
        <translation>Name in Ka&amp;zakh</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="16"/>
        <source>Name in &amp;Russian</source>
        <translation>Name in &amp;Russian</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="18"/>
        <source>&amp;Head</source>
        <translation>&amp;Head</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="19"/>
        <source>position and full name, e.g. Director Akhmetova G. S.</source>
        <translation>position and full name, e.g. Director Akhmetova G. S.</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="20"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="22"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_dialog.ui" line="24"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>OrganisationListPage</name>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/organisation_list.py" line="143"/>
        <source>%n organisation(s) shown</source>
        <translation>
            <numerusform>%n organisation shown</numerusform>
            <numerusform>%n organisations shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="188"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="189"/>
        <source>Archive “%1”? It will no longer be offered as an addressee; letters already sent keep it. It can be restored.</source>
        <translation>Archive “%1”? It will no longer be offered as an addressee; letters already sent keep it. It can be restored.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="207"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="211"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="212"/>
        <source>You are not allowed to change the directory.</source>
        <translation>You are not allowed to change the directory.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="227"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="8"/>
        <source>Search by name or head…</source>
        <translation>Search by name or head…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="10"/>
        <source>Show ar&amp;chived</source>
        <translation>Show ar&amp;chived</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="18"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="19"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="20"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_list_page.ui" line="21"/>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="39"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="40"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="41"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="42"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/organisation_list.py" line="58"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="48"/>
        <source>You are not allowed to print this record.</source>
        <translation>You are not allowed to print this record.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="50"/>
        <source>This record was archived or removed meanwhile.</source>
        <translation>This record was archived or removed meanwhile.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="52"/>
        <source>The document could not be made.</source>
        <translation>The document could not be made.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="80"/>
        <source>This was not written to the audit log: %1</source>
        <translation>This was not written to the audit log: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="126"/>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="138"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/printing.py" line="135"/>
        <source>A document is printed from the saved record. Save your changes now?</source>
        <translation>A document is printed from the saved record. Save your changes now?</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="89"/>
        <source>Your role may read this record but not change it.</source>
        <translation>Your role may read this record but not change it.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="108"/>
        <source>You are not allowed to change this record.</source>
        <translation>You are not allowed to change this record.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="111"/>
        <source>This record was archived or removed meanwhile; nothing was saved.</source>
        <translation>This record was archived or removed meanwhile; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="124"/>
        <source>Discard the changes you made?</source>
        <translation>Discard the changes you made?</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="137"/>
        <source>Your role may not open this record.</source>
        <translation>Your role may not open this record.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="162"/>
        <source>(the psychologist wrote no summary to share)</source>
        <translation>(the psychologist wrote no summary to share)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/records.py" line="165"/>
        <source>Psychologist session: shareable summary</source>
        <translation>Psychologist session: shareable summary</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="423"/>
        <source>7 groups of 5 letters and digits, as printed on the sheet; dashes and lower case are fine.</source>
        <translation>7 groups of 5 letters and digits, as printed on the sheet; dashes and lower case are fine.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="425"/>
        <source>%1 of %2 characters.</source>
        <translation>%1 of %2 characters.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="427"/>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="462"/>
        <source>The key is mistyped: compare it with the sheet character by character.</source>
        <translation>The key is mistyped: compare it with the sheet character by character.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="429"/>
        <source>✓ The key is typed correctly.</source>
        <translation>✓ The key is typed correctly.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="464"/>
        <source>This recovery key does not open this register: it belongs to another register or was replaced by a newer one.</source>
        <translation>This recovery key does not open this register: it belongs to another register or was replaced by a newer one.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="467"/>
        <source>There is no account with this login name.</source>
        <translation>There is no account with this login name.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="481"/>
        <source>Log in with the recovery key</source>
        <translation>Log in with the recovery key</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="483"/>
        <source>Type the recovery key from the sheet kept in the safe, the login name of the account and a new password for it. The account is unlocked and logs in with the new password.</source>
        <translation>Type the recovery key from the sheet kept in the safe, the login name of the account and a new password for it. The account is unlocked and logs in with the new password.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="486"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="488"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/login_dialog.py" line="490"/>
        <source>Set the password and log &amp;in</source>
        <translation>Set the password and log &amp;in</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="344"/>
        <location filename="../../pedagogue_app/views/account_setup.py" line="385"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="354"/>
        <source>Save the recovery key as PDF</source>
        <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="355"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="376"/>
        <source>You have not confirmed that the recovery key is printed or written down. It is not shown again and is kept nowhere else. Close anyway?</source>
        <translation>You have not confirmed that the recovery key is printed or written down. It is not shown again and is kept nowhere else. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="387"/>
        <source>This is the recovery key of the register. It is shown only now and is kept nowhere else, not even in the program. If every password is forgotten or the administrator&apos;s account is locked, it opens the register and sets a new password (“Forgot password?” on the login screen).

Print it or write it down and keep it in the school safe. Whoever has it can open the register: do not photograph it, do not send it and do not leave it on this computer. A PDF copy belongs on a removable disk in the safe.</source>
        <translation>This is the recovery key of the register. It is shown only now and is kept nowhere else, not even in the program. If every password is forgotten or the administrator&apos;s account is locked, it opens the register and sets a new password (“Forgot password?” on the login screen).

Print it or write it down and keep it in the school safe. Whoever has it can open the register: do not photograph it, do not send it and do not leave it on this computer. A PDF copy belongs on a removable disk in the safe.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="394"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="395"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="396"/>
        <source>&amp;I have printed or written down the recovery key</source>
        <translation>&amp;I have printed or written down the recovery key</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/account_setup.py" line="397"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="94"/>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="146"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="101"/>
        <source>New referral letter</source>
        <translation>New referral letter</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="103"/>
        <source>Referral: %1</source>
        <translation>Referral: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="105"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="107"/>
        <source>Issued as No. %1 of %2. The text of an issued letter cannot be changed; print it again from here.</source>
        <translation>Issued as No. %1 of %2. The text of an issued letter cannot be changed; print it again from here.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="112"/>
        <source>Issue the letter first; then record when it was sent and the reply.</source>
        <translation>Issue the letter first; then record when it was sent and the reply.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="123"/>
        <location filename="../../ui/referral_dialog.ui" line="111"/>
        <source>&amp;Issue the letter…</source>
        <translation>&amp;Issue the letter…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="237"/>
        <source>the family&apos;s legal representative</source>
        <translation>the family&apos;s legal representative</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="293"/>
        <source>Choose the student first.</source>
        <translation>Choose the student first.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="299"/>
        <source>Nothing done for this child is recorded yet.</source>
        <translation>Nothing done for this child is recorded yet.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="303"/>
        <source>Replace the measures written here?</source>
        <translation>Replace the measures written here?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="314"/>
        <source>The referral must be saved first. Save it now?</source>
        <translation>The referral must be saved first. Save it now?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="339"/>
        <source>Issue the letter? It takes the next number of the outgoing journal, and its text can no longer be changed.</source>
        <translation>Issue the letter? It takes the next number of the outgoing journal, and its text can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_dialog.py" line="366"/>
        <source>Nothing was recorded: the referral was archived meanwhile or you may not change it.</source>
        <translation>Nothing was recorded: the referral was archived meanwhile or you may not change it.</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="9"/>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="10"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="13"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Addressee:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="15"/>
        <source>Letter &amp;language:</source>
        <translation>Letter &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="17"/>
        <source>Legal &amp;representative:</source>
        <translation>Legal &amp;representative:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="19"/>
        <source>Reply &amp;by:</source>
        <translation>Reply &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="21"/>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="23"/>
        <source>Contact&apos;s posi&amp;tion:</source>
        <translation>Contact&apos;s posi&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="25"/>
        <source>Contact&apos;s phon&amp;e:</source>
        <translation>Contact&apos;s phon&amp;e:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="32"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="36"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="38"/>
        <source>&amp;Grounds and history:</source>
        <translation>&amp;Grounds and history:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="40"/>
        <source>&amp;Measures taken (one per line):</source>
        <translation>&amp;Measures taken (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="42"/>
        <source>Re&amp;quest:</source>
        <translation>Re&amp;quest:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="44"/>
        <source>Atta&amp;chments (one per line):</source>
        <translation>Atta&amp;chments (one per line):</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="47"/>
        <source>Standard te&amp;xt</source>
        <translation>Standard te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="47"/>
        <source>&amp;Fill measures from the records</source>
        <translation>&amp;Fill measures from the records</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="51"/>
        <source>PMPK documents</source>
        <translation>PMPK documents</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="55"/>
        <source>Class teacher:</source>
        <translation>Class teacher:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="57"/>
        <source>Attendance:</source>
        <translation>Attendance:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="59"/>
        <source>Academic progress:</source>
        <translation>Academic progress:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="61"/>
        <source>Behaviour:</source>
        <translation>Behaviour:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="63"/>
        <source>Relations with peers:</source>
        <translation>Relations with peers:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="65"/>
        <source>Interests:</source>
        <translation>Interests:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="67"/>
        <source>Difficulties observed:</source>
        <translation>Difficulties observed:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="69"/>
        <source>Teacher&apos;s conclusion:</source>
        <translation>Teacher&apos;s conclusion:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="71"/>
        <source>Examined on:</source>
        <translation>Examined on:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="73"/>
        <source>Methods:</source>
        <translation>Methods:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="75"/>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="77"/>
        <source>Psychologist&apos;s conclusion:</source>
        <translation>Psychologist&apos;s conclusion:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="79"/>
        <source>Recommendations:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="81"/>
        <source>Psychologist:</source>
        <translation>Psychologist:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="87"/>
        <source>Sending and reply</source>
        <translation>Sending and reply</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="90"/>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="92"/>
        <source>Sent ho&amp;w:</source>
        <translation>Sent ho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="94"/>
        <source>Record the sen&amp;ding</source>
        <translation>Record the sen&amp;ding</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="95"/>
        <source>Reply &amp;No.:</source>
        <translation>Reply &amp;No.:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="97"/>
        <source>Repl&amp;y date:</source>
        <translation>Repl&amp;y date:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="99"/>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="101"/>
        <source>Re&amp;cord the reply</source>
        <translation>Re&amp;cord the reply</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="110"/>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
</context>
<context>
    <name>ReferralListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="92"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="94"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/referral_list.py" line="115"/>
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n referral shown</numerusform>
            <numerusform>%n referrals shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/referral_list_page.ui" line="8"/>
        <source>Search by the child’s name…</source>
        <translation>Search by the child’s name…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_list_page.ui" line="11"/>
        <source>&amp;New referral…</source>
        <translation>&amp;New referral…</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="33"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="34"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="35"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="36"/>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="37"/>
        <source>Letter No.</source>
        <translation>Letter No.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="38"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="39"/>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/referral_list.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="94"/>
        <source>%1 (restricted)</source>
        <translation>%1 (restricted)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="106"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="108"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="109"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="111"/>
        <source>New register entry</source>
        <translation>New register entry</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="112"/>
        <source>Register entry: %1</source>
        <translation>Register entry: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/registration_dialog.py" line="191"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="6"/>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="10"/>
        <source>Child or family:</source>
        <translation>Child or family:</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="13"/>
        <source>Choose &amp;child…</source>
        <translation>Choose &amp;child…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="14"/>
        <source>Choose fa&amp;mily…</source>
        <translation>Choose fa&amp;mily…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="17"/>
        <source>Restricted ground: share this entry only with the specialists who work on the case.</source>
        <translation>Restricted ground: share this entry only with the specialists who work on the case.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="21"/>
        <source>&amp;Entry</source>
        <translation>&amp;Entry</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="26"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="28"/>
        <source>&amp;Ground</source>
        <translation>&amp;Ground</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="30"/>
        <source>On the register &amp;since</source>
        <translation>On the register &amp;since</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="32"/>
        <source>Council protocol &amp;No.</source>
        <translation>Council protocol &amp;No.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="36"/>
        <source>&amp;dated</source>
        <translation>&amp;dated</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="41"/>
        <source>&amp;Initiator</source>
        <translation>&amp;Initiator</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="42"/>
        <source>who asked for the registration: class teacher, parents, ОЮП…</source>
        <translation>who asked for the registration: class teacher, parents, ОЮП…</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="43"/>
        <source>Parents in&amp;formed on</source>
        <translation>Parents in&amp;formed on</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="45"/>
        <source>C&amp;urator</source>
        <translation>C&amp;urator</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="47"/>
        <source>Responsi&amp;ble specialists</source>
        <translation>Responsi&amp;ble specialists</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="49"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="57"/>
        <source>Removal from the register</source>
        <translation>Removal from the register</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="60"/>
        <source>Removed &amp;on</source>
        <translation>Removed &amp;on</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="62"/>
        <source>Re&amp;ason</source>
        <translation>Re&amp;ason</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="64"/>
        <source>Protoco&amp;l No.</source>
        <translation>Protoco&amp;l No.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="66"/>
        <source>Fill in only when the child is taken off this register; the entry and its plan stay in the history.</source>
        <translation>Fill in only when the child is taken off this register; the entry and its plan stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="76"/>
        <source>Preventive-work &amp;plan</source>
        <translation>Preventive-work &amp;plan</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="79"/>
        <source>Deadlines as DD.MM.YYYY. A measure marked done needs its result.</source>
        <translation>Deadlines as DD.MM.YYYY. A measure marked done needs its result.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="82"/>
        <source>&amp;Add measure</source>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="83"/>
        <source>&amp;Delete measure</source>
        <translation>&amp;Delete measure</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="90"/>
        <source>Re&amp;views</source>
        <translation>Re&amp;views</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="93"/>
        <source>Dates as DD.MM.YYYY. The next review date shows on the dashboard when it comes.</source>
        <translation>Dates as DD.MM.YYYY. The next review date shows on the dashboard when it comes.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="96"/>
        <source>&amp;Add review</source>
        <translation>&amp;Add review</translation>
    </message>
    <message>
        <location filename="../../ui/registration_dialog.ui" line="97"/>
        <source>&amp;Delete review</source>
        <translation>&amp;Delete review</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="76"/>
        <source>Whole school</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="131"/>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="131"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="148"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="167"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="172"/>
        <source>The report is ready.</source>
        <translation>The report is ready.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="183"/>
        <source>You are not allowed to make this report.</source>
        <translation>You are not allowed to make this report.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="185"/>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="194"/>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/reports_page.py" line="195"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="13"/>
        <source>Period &amp;from:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="15"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="17"/>
        <source>&amp;Class:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="19"/>
        <source>C&amp;opies:</source>
        <translation>C&amp;opies:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="21"/>
        <source>Document &amp;language:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="27"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_page.ui" line="28"/>
        <source>Save as &amp;Excel…</source>
        <translation>Save as &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="251"/>
        <source>Reset password: %1</source>
        <translation>Reset password: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="253"/>
        <source>A new password for %1 (%2). The account is unlocked too. Give the password to them in person and ask them to change it.</source>
        <translation>A new password for %1 (%2). The account is unlocked too. Give the password to them in person and ask them to change it.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="256"/>
        <source>&amp;Set password</source>
        <translation>&amp;Set password</translation>
    </message>
</context>
<context>
    <name>ResponseTemplatesDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Deadline, hours</source>
        <translation>Deadline, hours</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/response_templates_dialog.py" line="68"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="6"/>
        <source>Response checklists</source>
        <translation>Response checklists</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="10"/>
        <source>Incident &amp;type</source>
        <translation>Incident &amp;type</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="20"/>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="21"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="22"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="23"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="25"/>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/response_templates_dialog.ui" line="30"/>
        <source>Each new incident of this type gets the active steps of this list. Deadlines are hours after the incident is reported; leave empty for no deadline.</source>
        <translation>Each new incident of this type gets the active steps of this list. Deadlines are hours after the incident is reported; leave empty for no deadline.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="221"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="222"/>
        <source>social pedagogue</source>
        <translation>social pedagogue</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="223"/>
        <source>psychologist</source>
        <translation>psychologist</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="224"/>
        <source>director (read only)</source>
        <translation>director (read only)</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../ui/school_dialog.ui" line="6"/>
        <source>School profile</source>
        <translation>School profile</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="8"/>
        <source>These details appear on the letterhead of every document.</source>
        <translation>These details appear on the letterhead of every document.</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="12"/>
        <source>School name in &amp;Kazakh</source>
        <translation>School name in &amp;Kazakh</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="14"/>
        <source>School name in &amp;Russian</source>
        <translation>School name in &amp;Russian</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="16"/>
        <source>&amp;BIN</source>
        <translation>&amp;BIN</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="18"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="20"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="22"/>
        <source>&amp;Director</source>
        <translation>&amp;Director</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="24"/>
        <source>District &amp;education department</source>
        <translation>District &amp;education department</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="106"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="107"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="107"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="111"/>
        <source>New psychologist session</source>
        <translation>New psychologist session</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="112"/>
        <source>Edit psychologist session</source>
        <translation>Edit psychologist session</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="192"/>
        <source>Open an incident for this session now?</source>
        <translation>Open an incident for this session now?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="212"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="214"/>
        <source>About student</source>
        <translation>About student</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="216"/>
        <location filename="../../ui/session_dialog.ui" line="31"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="217"/>
        <source>Group &amp;name</source>
        <translation>Group &amp;name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="218"/>
        <location filename="../../ui/session_dialog.ui" line="39"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="220"/>
        <source>e.g. 7Ә: class cohesion training</source>
        <translation>e.g. 7Ә: class cohesion training</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="221"/>
        <source>Surname, given name and patronymic</source>
        <translation>Surname, given name and patronymic</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="233"/>
        <source>Students: %1</source>
        <translation>Students: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="234"/>
        <source>Parents taking part</source>
        <translation>Parents taking part</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="247"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_dialog.py" line="316"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="6"/>
        <source>Psychologist session</source>
        <translation>Psychologist session</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="11"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="14"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="18"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="19"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="20"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="25"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="27"/>
        <source>Requested &amp;by</source>
        <translation>Requested &amp;by</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="29"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="35"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="36"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="41"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="47"/>
        <source>&amp;Add students…</source>
        <translation>&amp;Add students…</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="48"/>
        <source>Add &amp;parent</source>
        <translation>Add &amp;parent</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="49"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="55"/>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Follow-up on</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="57"/>
        <source>Psycholo&amp;gist</source>
        <translation>Psycholo&amp;gist</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="59"/>
        <source>Parent (legal representative) c&amp;onsent on file</source>
        <translation>Parent (legal representative) c&amp;onsent on file</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="62"/>
        <source>Risk screen</source>
        <translation>Risk screen</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="66"/>
        <source>Suicidal thoughts</source>
        <translation>Suicidal thoughts</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="67"/>
        <source>Self-harm</source>
        <translation>Self-harm</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="68"/>
        <source>Abuse disclosed</source>
        <translation>Abuse disclosed</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="69"/>
        <source>Bullying</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="72"/>
        <source>Any ticked risk offers to open an incident when the session is saved.</source>
        <translation>Any ticked risk offers to open an incident when the session is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="79"/>
        <source>Cont&amp;ent (psychologist only)</source>
        <translation>Cont&amp;ent (psychologist only)</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="82"/>
        <source>Confidential: only the psychologist sees this part. The social pedagogue sees the shareable summary only.</source>
        <translation>Confidential: only the psychologist sees this part. The social pedagogue sees the shareable summary only.</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="83"/>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="85"/>
        <source>&amp;Methods</source>
        <translation>&amp;Methods</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="87"/>
        <source>Resu&amp;lts</source>
        <translation>Resu&amp;lts</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="89"/>
        <source>Conclus&amp;ion</source>
        <translation>Conclus&amp;ion</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="91"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="93"/>
        <source>Referred &amp;to</source>
        <translation>Referred &amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="94"/>
        <source>Other specialists or bodies the client was referred to</source>
        <translation>Other specialists or bodies the client was referred to</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="98"/>
        <source>Shareable s&amp;ummary</source>
        <translation>Shareable s&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="102"/>
        <source>Shareable summary for the social pedagogue</source>
        <translation>Shareable summary for the social pedagogue</translation>
    </message>
    <message>
        <location filename="../../ui/session_dialog.ui" line="104"/>
        <source>The social pedagogue sees the date, type, client and this summary, never the content. Write it in your own words, without details of the conversation.</source>
        <translation>The social pedagogue sees the date, type, client and this summary, never the content. Write it in your own words, without details of the conversation.</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="164"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/session_list.py" line="183"/>
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session shown</numerusform>
            <numerusform>%n sessions shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="8"/>
        <source>Search by client or participant name…</source>
        <translation>Search by client or participant name…</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="10"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="12"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/session_list_page.ui" line="14"/>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="49"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="50"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="51"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="52"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="53"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="54"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="55"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/session_list.py" line="56"/>
        <source>Risk screen</source>
        <translation>Risk screen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="31"/>
        <source>There is no register at %1.</source>
        <translation>There is no register at %1.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="32"/>
        <source>The file %1 is not a register of this program. It was not changed.</source>
        <translation>The file %1 is not a register of this program. It was not changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="34"/>
        <source>The register %1 is damaged and cannot be read safely. It was not changed. Restore it from a backup or call your administrator.</source>
        <translation>The register %1 is damaged and cannot be read safely. It was not changed. Restore it from a backup or call your administrator.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="37"/>
        <source>The register %1 does not belong to the key file beside it (register.keys of another register?). Nothing was changed. Put back the key file that was copied together with this register.</source>
        <translation>The register %1 does not belong to the key file beside it (register.keys of another register?). Nothing was changed. Put back the key file that was copied together with this register.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="41"/>
        <source>The register %1 is not encrypted although it has a key file. Nothing was changed. Call your administrator.</source>
        <translation>The register %1 is not encrypted although it has a key file. Nothing was changed. Call your administrator.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="44"/>
        <source>The register %1 was written by a newer version of this program. Install that version to open it. The file was not changed.</source>
        <translation>The register %1 was written by a newer version of this program. Install that version to open it. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="56"/>
        <location filename="../../pedagogue_app/views/app.py" line="164"/>
        <location filename="../../pedagogue_app/views/app.py" line="198"/>
        <source>School register</source>
        <translation>School register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="134"/>
        <source>The register %1 cannot be opened: its key file %2 is missing, or the file is not a register of this program. Nothing was changed. Copy register.keys back from the backup (the USB stick) next to the register.</source>
        <translation>The register %1 cannot be opened: its key file %2 is missing, or the file is not a register of this program. Nothing was changed. Copy register.keys back from the backup (the USB stick) next to the register.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="182"/>
        <source>Your role may not do this. Nothing was changed.</source>
        <translation>Your role may not do this. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="185"/>
        <source>The disk is full: the last change was not saved (the register keeps what was saved before). Free some space and save again.</source>
        <translation>The disk is full: the last change was not saved (the register keeps what was saved before). Free some space and save again.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="189"/>
        <source>A part of the register is damaged and cannot be read safely. Close the program and restore the register from a backup, or call your administrator.</source>
        <translation>A part of the register is damaged and cannot be read safely. Close the program and restore the register from a backup, or call your administrator.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="194"/>
        <source>Something went wrong: %1. What you saved before is kept; check the last record you edited.</source>
        <translation>Something went wrong: %1. What you saved before is kept; check the last record you edited.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="257"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>StudentCard</name>
    <message>
        <location filename="../../ui/student_card.ui" line="6"/>
        <source>Student card</source>
        <translation>Student card</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="12"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="16"/>
        <source>&amp;Family</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="24"/>
        <source>Open family &amp;card…</source>
        <translation>Open family &amp;card…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="30"/>
        <source>&amp;Register entries</source>
        <translation>&amp;Register entries</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="36"/>
        <source>C&amp;hronology</source>
        <translation>C&amp;hronology</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="42"/>
        <source>Print c&amp;hronology…</source>
        <translation>Print c&amp;hronology…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="43"/>
        <source>&amp;Add record</source>
        <translation>&amp;Add record</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="51"/>
        <source>&amp;Print the selected record…</source>
        <translation>&amp;Print the selected record…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="53"/>
        <source>Archive the selected record</source>
        <translation>Archive the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="62"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="63"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
</context>
<context>
    <name>StudentCardDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="90"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="90"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="91"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="92"/>
        <source>Language of instruction</source>
        <translation>Language of instruction</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="93"/>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="94"/>
        <source>Actual address</source>
        <translation>Actual address</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="94"/>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="95"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="96"/>
        <source>Family: %1</source>
        <translation>Family: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="97"/>
        <source>Not linked to a family.</source>
        <translation>Not linked to a family.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="101"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="102"/>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="103"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="106"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="107"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="113"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="113"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="119"/>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="132"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="141"/>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="172"/>
        <source>Archive this record? It leaves the lists and the chronology; Undo brings it back.</source>
        <translation>Archive this record? It leaves the lists and the chronology; Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="178"/>
        <source>The record was archived.</source>
        <translation>The record was archived.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="240"/>
        <source>Archive this student? The record is kept and can be restored here.</source>
        <translation>Archive this student? The record is kept and can be restored here.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="46"/>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="47"/>
        <source>Edit student</source>
        <translation>Edit student</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="101"/>
        <source>The register already has a student with the same name and birth date:
%1

Save this one as a different child?</source>
        <translation>The register already has a student with the same name and birth date:
%1

Save this one as a different child?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="125"/>
        <location filename="../../ui/student_dialog.ui" line="46"/>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="6"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="15"/>
        <source>&amp;Surname</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="17"/>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="19"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Patronymic</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="21"/>
        <source>&amp;ИИН</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="22"/>
        <source>12 digits; fills the birth date and sex</source>
        <translation>12 digits; fills the birth date and sex</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="23"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="25"/>
        <source>S&amp;ex</source>
        <translation>S&amp;ex</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="27"/>
        <source>&amp;Class</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="35"/>
        <source>&amp;Language of instruction</source>
        <translation>&amp;Language of instruction</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="37"/>
        <source>&amp;Registered address</source>
        <translation>&amp;Registered address</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="39"/>
        <source>&amp;Actual address</source>
        <translation>&amp;Actual address</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="41"/>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="43"/>
        <source>&amp;Family</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="48"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="49"/>
        <source>New family…</source>
        <translation>New family…</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="50"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="53"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>StudentListPage</name>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="67"/>
        <location filename="../../pedagogue_app/views/list_pages.py" line="74"/>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="72"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="90"/>
        <source>%n student(s) shown</source>
        <translation>
            <numerusform>%n student shown</numerusform>
            <numerusform>%n students shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/student_list_page.ui" line="8"/>
        <source>Search by name, ИИН or class (e.g. 5А)…</source>
        <translation>Search by name, ИИН or class (e.g. 5А)…</translation>
    </message>
    <message>
        <location filename="../../ui/student_list_page.ui" line="11"/>
        <source>&amp;New student…</source>
        <translation>&amp;New student…</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <location filename="../../pedagogue_app/views/student_picker.py" line="25"/>
        <source>Choose a student</source>
        <translation>Choose a student</translation>
    </message>
    <message>
        <location filename="../../ui/student_picker.ui" line="6"/>
        <source>Choose students</source>
        <translation>Choose students</translation>
    </message>
    <message>
        <location filename="../../ui/student_picker.ui" line="8"/>
        <source>Search by name, ИИН or class (e.g. 5А)…</source>
        <translation>Search by name, ИИН or class (e.g. 5А)…</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="188"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="189"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="190"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="191"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="192"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="193"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
</context>
<context>
    <name>SupportPlanDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="103"/>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="104"/>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="104"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="106"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="111"/>
        <source>New special-needs plan</source>
        <translation>New special-needs plan</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="112"/>
        <source>Edit special-needs plan</source>
        <translation>Edit special-needs plan</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="197"/>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/support_plan_dialog.py" line="222"/>
        <source>Written in an older record and not in the list: uncheck it and tick the matching specialist.</source>
        <translation>Written in an older record and not in the list: uncheck it and tick the matching specialist.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="6"/>
        <source>Special-needs plan</source>
        <translation>Special-needs plan</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="11"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="16"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="24"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="30"/>
        <source>PMPK conclusion</source>
        <translation>PMPK conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="33"/>
        <source>&amp;No.</source>
        <translation>&amp;No.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="35"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="37"/>
        <source>Valid &amp;until</source>
        <translation>Valid &amp;until</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="39"/>
        <source>&amp;Type of need</source>
        <translation>&amp;Type of need</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="46"/>
        <source>Plan period</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="49"/>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="51"/>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="53"/>
        <source>Parent ac&amp;knowledged on</source>
        <translation>Parent ac&amp;knowledged on</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="55"/>
        <source>One plan at a time: periods of a child&apos;s plans may not overlap. Leave the end empty while the plan runs until further notice.</source>
        <translation>One plan at a time: periods of a child&apos;s plans may not overlap. Leave the end empty while the plan runs until further notice.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="63"/>
        <source>Recommended conditions</source>
        <translation>Recommended conditions</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="66"/>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="68"/>
        <source>&amp;Form of education</source>
        <translation>&amp;Form of education</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="70"/>
        <source>Specialists</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="78"/>
        <source>Speech therap&amp;ist</source>
        <translation>Speech therap&amp;ist</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="79"/>
        <source>Defecto&amp;logist</source>
        <translation>Defecto&amp;logist</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="80"/>
        <source>Ps&amp;ychologist</source>
        <translation>Ps&amp;ychologist</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="81"/>
        <source>Teacher a&amp;ssistant</source>
        <translation>Teacher a&amp;ssistant</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="86"/>
        <source>Special c&amp;onditions</source>
        <translation>Special c&amp;onditions</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="87"/>
        <source>e.g. a seat at the front, extra time for tasks, a ramp, assistive devices</source>
        <translation>e.g. a seat at the front, extra time for tasks, a ramp, assistive devices</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="95"/>
        <source>&amp;Goals</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="98"/>
        <source>Each goal needs its domain and the goal itself. A plan may be saved without goals while they are being written, but not with reviews or the parent&apos;s acknowledgement.</source>
        <translation>Each goal needs its domain and the goal itself. A plan may be saved without goals while they are being written, but not with reviews or the parent&apos;s acknowledgement.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="101"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Add goal</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="102"/>
        <source>&amp;Remove goal</source>
        <translation>&amp;Remove goal</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="109"/>
        <source>Re&amp;views</source>
        <translation>Re&amp;views</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="112"/>
        <source>Dates as DD.MM.YYYY, not in the future and not before the plan starts.</source>
        <translation>Dates as DD.MM.YYYY, not in the future and not before the plan starts.</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="115"/>
        <source>&amp;Add review</source>
        <translation>&amp;Add review</translation>
    </message>
    <message>
        <location filename="../../ui/support_plan_dialog.ui" line="116"/>
        <source>&amp;Remove review</source>
        <translation>&amp;Remove review</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="188"/>
        <source>The register is locked</source>
        <translation>The register is locked</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="189"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="190"/>
        <source>Open windows and unsaved edits are kept until you unlock.</source>
        <translation>Open windows and unsaved edits are kept until you unlock.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="191"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="192"/>
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="193"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="200"/>
        <source>Logged in: %1 (%2).</source>
        <translation>Logged in: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/lock_screen.py" line="201"/>
        <source>Logged in: %1 (%2). Type your password to go on.</source>
        <translation>Logged in: %1 (%2). Type your password to go on.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="17"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="18"/>
        <source>Use letters, spaces, hyphens and apostrophes only.</source>
        <translation>Use letters, spaces, hyphens and apostrophes only.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="19"/>
        <source>The ИИН must be exactly 12 digits.</source>
        <translation>The ИИН must be exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="20"/>
        <source>The 7th digit of the ИИН must be 1 to 6.</source>
        <translation>The 7th digit of the ИИН must be 1 to 6.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="21"/>
        <source>The first six digits of the ИИН are not a real date.</source>
        <translation>The first six digits of the ИИН are not a real date.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="22"/>
        <source>The ИИН check digit is wrong: check for a typo.</source>
        <translation>The ИИН check digit is wrong: check for a typo.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="23"/>
        <source>This ИИН already belongs to {name}.</source>
        <translation>This ИИН already belongs to {name}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="24"/>
        <source>The birth date does not match the ИИН ({expected}).</source>
        <translation>The birth date does not match the ИИН ({expected}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="26"/>
        <source>The sex does not match the ИИН.</source>
        <translation>The sex does not match the ИИН.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="27"/>
        <source>Enter the date as DD.MM.YYYY.</source>
        <translation>Enter the date as DD.MM.YYYY.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="28"/>
        <source>The date cannot be in the future.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="29"/>
        <source>The date is too far in the past.</source>
        <translation>The date is too far in the past.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="30"/>
        <source>A student&apos;s birth date must be within the last 25 years.</source>
        <translation>A student&apos;s birth date must be within the last 25 years.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="32"/>
        <source>The grade must be from 0 to 11.</source>
        <translation>The grade must be from 0 to 11.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="33"/>
        <source>The class letter must be one letter, e.g. А or Ә.</source>
        <translation>The class letter must be one letter, e.g. А or Ә.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="34"/>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="35"/>
        <source>The BIN must be exactly 12 digits.</source>
        <translation>The BIN must be exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="36"/>
        <source>Phone: digits with an optional +, spaces, brackets and hyphens.</source>
        <translation>Phone: digits with an optional +, spaces, brackets and hyphens.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="38"/>
        <source>The free-meals category must be 1 to 5.</source>
        <translation>The free-meals category must be 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="39"/>
        <source>Give the evidence document and its expiry date.</source>
        <translation>Give the evidence document and its expiry date.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="41"/>
        <source>Family member {row}: {problem}</source>
        <translation>Family member {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="42"/>
        <source>The category is listed twice.</source>
        <translation>The category is listed twice.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="43"/>
        <source>This date cannot be before {other}.</source>
        <translation>This date cannot be before {other}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="44"/>
        <source>The date is too far in the future.</source>
        <translation>The date is too far in the future.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="45"/>
        <source>Enter a number from {min} to {max}.</source>
        <translation>Enter a number from {min} to {max}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="46"/>
        <source>Choose a student.</source>
        <translation>Choose a student.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="47"/>
        <source>Choose at least one.</source>
        <translation>Choose at least one.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/messages.py" line="48"/>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/family_contacts.py" line="29"/>
        <source>The contact cannot be later than now.</source>
        <translation>The contact cannot be later than now.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="91"/>
        <source>Act No. {act_no} of {year} already exists: take the next free number.</source>
        <translation>Act No. {act_no} of {year} already exists: take the next free number.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="93"/>
        <source>Act No.: letters and digits, may be joined by / or -, e.g. 12 or 12/3.</source>
        <translation>Act No.: letters and digits, may be joined by / or -, e.g. 12 or 12/3.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="95"/>
        <source>Enter the time as HH:MM, e.g. 16:30.</source>
        <translation>Enter the time as HH:MM, e.g. 16:30.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="96"/>
        <source>Choose the student or the family visited.</source>
        <translation>Choose the student or the family visited.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="97"/>
        <location filename="../../pedagogue_app/services/referrals.py" line="64"/>
        <source>This record is no longer in the register: choose again.</source>
        <translation>This record is no longer in the register: choose again.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="99"/>
        <source>This is not the family of the chosen student.</source>
        <translation>This is not the family of the chosen student.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="101"/>
        <source>Name the body that asked for the visit.</source>
        <translation>Name the body that asked for the visit.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="103"/>
        <source>Conditions are unsatisfactory: give the recommendations or the measures.</source>
        <translation>Conditions are unsatisfactory: give the recommendations or the measures.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="105"/>
        <source>The next visit must be after the visit date.</source>
        <translation>The next visit must be after the visit date.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/home_visits.py" line="107"/>
        <source>Name who refused to sign.</source>
        <translation>Name who refused to sign.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="99"/>
        <source>Add at least one child with the role “target”.</source>
        <translation>Add at least one child with the role “target”.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="100"/>
        <source>Add the child who committed the offence or was harmed by it.</source>
        <translation>Add the child who committed the offence or was harmed by it.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="102"/>
        <source>This child is listed twice.</source>
        <translation>This child is listed twice.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="103"/>
        <source>Choose a student or type the name of a child from another school.</source>
        <translation>Choose a student or type the name of a child from another school.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="105"/>
        <source>Before closing, mark every response step done or not applicable.</source>
        <translation>Before closing, mark every response step done or not applicable.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="107"/>
        <source>Give the step a title.</source>
        <translation>Give the step a title.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="108"/>
        <source>Say who did the step.</source>
        <translation>Say who did the step.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="109"/>
        <source>Write in the note why the step does not apply.</source>
        <translation>Write in the note why the step does not apply.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="111"/>
        <source>A step cannot be both done and not applicable.</source>
        <translation>A step cannot be both done and not applicable.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="113"/>
        <source>This step is listed twice.</source>
        <translation>This step is listed twice.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="114"/>
        <source>The incident is closed: reopen it to change its response steps.</source>
        <translation>The incident is closed: reopen it to change its response steps.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/incidents.py" line="116"/>
        <source>Enter the time as DD.MM.YYYY HH:MM.</source>
        <translation>Enter the time as DD.MM.YYYY HH:MM.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="32"/>
        <source>Email: one address like name@example.kz.</source>
        <translation>Email: one address like name@example.kz.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/organisations.py" line="34"/>
        <source>An organisation of this kind with this name is already in the directory.</source>
        <translation>An organisation of this kind with this name is already in the directory.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="51"/>
        <source>Choose the child or the family.</source>
        <translation>Choose the child or the family.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="52"/>
        <source>An entry is for one child or one family, not both.</source>
        <translation>An entry is for one child or one family, not both.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="54"/>
        <source>Already on this register on this ground since {since}: edit that entry.</source>
        <translation>Already on this register on this ground since {since}: edit that entry.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="56"/>
        <source>Give the removal date, or clear the reason and the protocol No.</source>
        <translation>Give the removal date, or clear the reason and the protocol No.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="58"/>
        <source>The child turns 18 only on {date}.</source>
        <translation>The child turns 18 only on {date}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="59"/>
        <source>Measure {row}: {problem}</source>
        <translation>Measure {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="60"/>
        <location filename="../../pedagogue_app/services/support_plans.py" line="101"/>
        <source>Review {row}: {problem}</source>
        <translation>Review {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="61"/>
        <source>a measure marked done needs its result.</source>
        <translation>a measure marked done needs its result.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="63"/>
        <source>the next review must come after the review date.</source>
        <translation>the next review must come after the review date.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/registrations.py" line="65"/>
        <source>the review date is after the removal date ({other}).</source>
        <translation>the review date is after the removal date ({other}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="96"/>
        <source>Enter the time as HH:MM, e.g. 09:30.</source>
        <translation>Enter the time as HH:MM, e.g. 09:30.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="97"/>
        <source>The follow-up date must be after the session date.</source>
        <translation>The follow-up date must be after the session date.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="99"/>
        <source>A group session needs at least {min} students.</source>
        <translation>A group session needs at least {min} students.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="101"/>
        <source>Add at least one parent taking part in the family session.</source>
        <translation>Add at least one parent taking part in the family session.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="103"/>
        <source>Only group and family sessions have participants.</source>
        <translation>Only group and family sessions have participants.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="105"/>
        <source>This student is already in the list.</source>
        <translation>This student is already in the list.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="107"/>
        <source>Choose the student from the register.</source>
        <translation>Choose the student from the register.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="109"/>
        <source>A student under 18 needs a parent&apos;s consent (only a crisis session may be held without it).</source>
        <translation>A student under 18 needs a parent&apos;s consent (only a crisis session may be held without it).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/sessions.py" line="112"/>
        <source>The summary repeats the confidential request, results or conclusion: write a short summary for the social pedagogue in other words.</source>
        <translation>The summary repeats the confidential request, results or conclusion: write a short summary for the social pedagogue in other words.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="88"/>
        <source>The conclusion must stay valid after the day it was issued ({other}).</source>
        <translation>The conclusion must stay valid after the day it was issued ({other}).</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="90"/>
        <source>A PMPK conclusion is valid for at most {years} years: check the year.</source>
        <translation>A PMPK conclusion is valid for at most {years} years: check the year.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="92"/>
        <source>A plan covers at most {years} years: check the year.</source>
        <translation>A plan covers at most {years} years: check the year.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="94"/>
        <source>The plan after PMPK No. {no} already covers {start} – {end}: a child has one plan at a time. Change the dates or end that plan first.</source>
        <translation>The plan after PMPK No. {no} already covers {start} – {end}: a child has one plan at a time. Change the dates or end that plan first.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="97"/>
        <source>Add at least one goal: reviews and the parent&apos;s acknowledgement refer to the goals.</source>
        <translation>Add at least one goal: reviews and the parent&apos;s acknowledgement refer to the goals.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/support_plans.py" line="100"/>
        <source>Goal {row}: {problem}</source>
        <translation>Goal {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/documents.py" line="61"/>
        <source>Choose the language of the document: Kazakh or Russian.</source>
        <translation>Choose the language of the document: Kazakh or Russian.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/documents.py" line="63"/>
        <source>Fill in the school profile first: every document carries the school&apos;s name, BIN and address.</source>
        <translation>Fill in the school profile first: every document carries the school&apos;s name, BIN and address.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/journal.py" line="38"/>
        <source>This organisation is no longer in the directory: choose again.</source>
        <translation>This organisation is no longer in the directory: choose again.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="66"/>
        <source>This organisation is of another kind: choose the addressee among the organisations of this kind.</source>
        <translation>This organisation is of another kind: choose the addressee among the organisations of this kind.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="69"/>
        <source>Choose the legal representative among the child&apos;s family members.</source>
        <translation>Choose the legal representative among the child&apos;s family members.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="71"/>
        <source>The reply-by date cannot be before today.</source>
        <translation>The reply-by date cannot be before today.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="73"/>
        <source>The letter was issued as No. {number} of {date}: its text can no longer be changed.</source>
        <translation>The letter was issued as No. {number} of {date}: its text can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="76"/>
        <source>This referral was already issued as No. {number} of {date}.</source>
        <translation>This referral was already issued as No. {number} of {date}.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="78"/>
        <source>The letter has not been issued yet: issue it first.</source>
        <translation>The letter has not been issued yet: issue it first.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="80"/>
        <source>Fill in the school profile first: the letterhead is made from it.</source>
        <translation>Fill in the school profile first: the letterhead is made from it.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="82"/>
        <source>The PMPK package needs this: fill it in before issuing.</source>
        <translation>The PMPK package needs this: fill it in before issuing.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/referrals.py" line="84"/>
        <source>At most {max} lines.</source>
        <translation>At most {max} lines.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="59"/>
        <source>The period cannot end before it starts.</source>
        <translation>The period cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="60"/>
        <source>The period cannot start in the future.</source>
        <translation>The period cannot start in the future.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/report_files.py" line="61"/>
        <source>This report has no Excel form; use the PDF.</source>
        <translation>This report has no Excel form; use the PDF.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/audit.py" line="111"/>
        <source>Plain text only: no control characters and no ИИН.</source>
        <translation>Plain text only: no control characters and no ИИН.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="82"/>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>The password is too short: use at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="84"/>
        <source>The password cannot be only digits: add letters.</source>
        <translation>The password cannot be only digits: add letters.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="86"/>
        <source>The password cannot contain the login name or a part of the full name.</source>
        <translation>The password cannot contain the login name or a part of the full name.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="88"/>
        <source>This password is one of the most common ones and is guessed first.</source>
        <translation>This password is one of the most common ones and is guessed first.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="90"/>
        <source>The password repeats too few characters: use at least 5 different ones.</source>
        <translation>The password repeats too few characters: use at least 5 different ones.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="92"/>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="94"/>
        <source>A login name is 1 to 128 printable characters without spaces at the ends.</source>
        <translation>A login name is 1 to 128 printable characters without spaces at the ends.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/services/accounts.py" line="96"/>
        <source>This login name is already used.</source>
        <translation>This login name is already used.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="6"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="15"/>
        <source>School register of the social pedagogue and psychologist</source>
        <translation>School register of the social pedagogue and psychologist</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="16"/>
        <source>There is no register on this computer yet. Try the program on a fictional demo school, or create the register of your school. Everything stays on this computer.</source>
        <translation>There is no register on this computer yet. Try the program on a fictional demo school, or create the register of your school. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="18"/>
        <source>Open the demo school</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="18"/>
        <source>600 fictional students and families to try every screen. Nothing real is stored.</source>
        <translation>600 fictional students and families to try every screen. Nothing real is stored.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="19"/>
        <source>Create the register of my school</source>
        <translation>Create the register of my school</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_dialog.ui" line="19"/>
        <source>Enter the school name in Kazakh and Russian, BIN, address and director.</source>
        <translation>Enter the school name in Kazakh and Russian, BIN, address and director.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../pedagogue_app/views/widgets.py" line="47"/>
        <source>Delete clears the date.</source>
        <translation>Delete clears the date.</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/accounts_page.py" line="142"/>
        <source>Only the administrator manages accounts.</source>
        <translation>Only the administrator manages accounts.</translation>
    </message>
</context>
</TS>
