<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="71"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="71"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="71"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="72"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="73"/>
        <source>Work</source>
        <translation>Место работы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="73"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="73"/>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="75"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="75"/>
        <source>Evidence document No.</source>
        <translation>№ подтверждающего документа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="75"/>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="76"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="76"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="87"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="89"/>
        <source>New family</source>
        <translation>Новая семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="90"/>
        <source>Edit family</source>
        <translation>Изменение данных семьи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/family_dialog.py" line="115"/>
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
        <location filename="../../pedagogue_app/views/list_pages.py" line="140"/>
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
        <location filename="../../pedagogue_app/views/table_models.py" line="206"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="207"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="208"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="68"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="68"/>
        <source>Families</source>
        <translation>Семьи</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="72"/>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>School register</source>
        <translation>Школьный реестр</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="76"/>
        <source>(demo: fictional data)</source>
        <translation>(демо: вымышленные данные)</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="88"/>
        <source>Student saved.</source>
        <translation>Данные учащегося сохранены.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="133"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/main_window.py" line="134"/>
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
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="38"/>
        <source>&amp;New student…</source>
        <translation>&amp;Новый учащийся…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>New &amp;family…</source>
        <translation>Новая &amp;семья…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>F&amp;ind</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41"/>
        <source>&amp;School profile…</source>
        <translation>Сведения о &amp;школе…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="68"/>
        <source>You are not allowed to change this record.</source>
        <translation>У вас нет прав на изменение этой записи.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/record_dialog.py" line="81"/>
        <source>Discard the changes you made?</source>
        <translation>Отменить внесённые изменения?</translation>
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
        <location filename="../../pedagogue_app/views/app.py" line="22"/>
        <source>There is no register at %1.</source>
        <translation>Реестр не найден: %1.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="23"/>
        <source>The file %1 is not a register of this program. It was not changed.</source>
        <translation>Файл %1 не является реестром этой программы. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="25"/>
        <source>The register %1 is damaged and cannot be read safely. It was not changed. Restore it from a backup or call your administrator.</source>
        <translation>Реестр %1 повреждён, и его невозможно безопасно прочитать. Файл не изменён. Восстановите его из резервной копии или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="28"/>
        <source>The register %1 was written by a newer version of this program. Install that version to open it. The file was not changed.</source>
        <translation>Реестр %1 записан более новой версией программы. Чтобы открыть его, установите эту версию. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/app.py" line="70"/>
        <location filename="../../pedagogue_app/views/app.py" line="81"/>
        <source>School register</source>
        <translation>Школьный реестр</translation>
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
        <location filename="../../ui/student_card.ui" line="39"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/student_card.ui" line="40"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
</context>
<context>
    <name>StudentCardDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="59"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="64"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="64"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="65"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="66"/>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="67"/>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="68"/>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
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
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="70"/>
        <source>Family: %1</source>
        <translation>Семья: %1</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="71"/>
        <source>Not linked to a family.</source>
        <translation>Семья не указана.</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="75"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="75"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="76"/>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="77"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Register</source>
        <translation>Вид учёта</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Since</source>
        <translation>Дата постановки</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="80"/>
        <source>Protocol</source>
        <translation>№ протокола</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="81"/>
        <source>Removed</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="85"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_card.py" line="110"/>
        <source>Archive this student? The record is kept and can be restored here.</source>
        <translation>Перевести учащегося в архив? Запись сохранится, её можно будет восстановить здесь.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="45"/>
        <source>New student</source>
        <translation>Новый учащийся</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="46"/>
        <source>Edit student</source>
        <translation>Изменение данных учащегося</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="100"/>
        <source>The register already has a student with the same name and birth date:
%1

Save this one as a different child?</source>
        <translation>В реестре уже есть учащийся с такими же ФИО и датой рождения:
%1

Сохранить этого учащегося как другого ребёнка?</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/student_dialog.py" line="124"/>
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
        <location filename="../../pedagogue_app/views/list_pages.py" line="62"/>
        <location filename="../../pedagogue_app/views/list_pages.py" line="69"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/list_pages.py" line="67"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pedagogue_app/views/list_pages.py" line="84"/>
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
        <location filename="../../pedagogue_app/views/table_models.py" line="184"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="185"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="186"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="187"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="188"/>
        <source>Register</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <location filename="../../pedagogue_app/views/table_models.py" line="189"/>
        <source>Family</source>
        <translation>Семья</translation>
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
</TS>
