"""Role words in the languages job seekers also write in (German, French, Spanish, Portuguese, Italian, Dutch, the
Nordic languages, Finnish, Polish, Czech, Turkish, Indonesian, Romanian, Hungarian, Greek, Russian, Ukrainian,
Japanese, Chinese, Korean): what CVs in each call a job, an employer, a school and a degree.

``role_words`` joins them to its own lists. ``COMPOUND_HEADS`` are job words that languages which write compounds
as one word put last ("Softwareentwickler", "Projektleiter", "ohjelmistokehittäjä", "szoftverfejlesztő").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


POSITION = _words(
    # German
    "kaufmann kauffrau mitarbeiter mitarbeiterin assistent assistentin techniker technikerin programmierer "
    "programmiererin architekt architektin vorstand direktor direktorin verkäufer verkäuferin wissenschaftler "
    "wissenschaftlerin doktorand doktorandin hilfskraft lehrerin erzieher erzieherin arzt ärztin fahrer "
    "azubi auszubildender auszubildende volontär gesellschafter inhaber inhaberin gründer gründerin mitgründer "
    "teamleiter abteilungsleiter projektleiter bereichsleiter gruppenleiter filialleiter bauleiter softwareentwickler "
    # French
    "gérant gérante assistante conseiller conseillère consultante analyste technicien technicienne alternant stage "
    "alternante apprenti apprentie enseignant enseignante chercheur chercheuse doctorant doctorante vendeur vendeuse "
    "comptable infirmier infirmière fondateur fondatrice cofondateur président présidente secrétaire rédacteur "
    "rédactrice traducteur traductrice serveur serveuse cuisinier formateur formatrice architecte graphiste "
    # Spanish and Portuguese
    "asistente auxiliar técnico técnica programador programadora directora coordinadora consultora practicante "
    "pasante profesora investigadora administrativo administrativa vendedor vendedora contador contadora enfermero "
    "enfermera fundador fundadora cofundador presidente arquitecto arquitecta abogado abogada redactor traductor "
    "camarero cocinero assistente diretor diretora consultor professora pesquisadora enfermeiro enfermeira sócio "
    "sócia arquiteto advogado advogada redator tradutor "
    # Italian
    "tecnico programmatore programmatrice direttore direttrice consulente tirocinante insegnante professoressa "
    "ricercatore ricercatrice impiegato impiegata commesso commessa contabile infermiere infermiera fondatore "
    "progettista architetto avvocato redattore traduttore cameriere cuoco collaboratore collaboratrice dottorando "
    "dottoranda borsista assegnista tirocinio "
    # Dutch
    "beheerder leidinggevende docent leraar lerares onderzoeker promovendus verkoper verpleegkundige oprichter "
    "eigenaar projectleider teamleider ontwerper analist coördinator programmeur monteur "
    # Swedish, Norwegian, Danish
    "utvecklare utvikler udvikler konsult konsulent rådgiver rådgivare leder ledare projektledare prosjektleder "
    "projektleder ingenjör ingeniør lärare lærer forskare forsker medarbetare medarbeider medarbejder säljare "
    "selger sælger grundare grunnlegger stifter grundlægger arkitekt analytiker systemutvecklare sykepleier "
    "sjuksköterska sygeplejerske ekonom økonom direktør direktör "
    # Finnish
    "kehittäjä ohjelmistokehittäjä suunnittelija insinööri konsultti asiantuntija johtaja päällikkö "
    "projektipäällikkö opettaja tutkija harjoittelija myyjä toimitusjohtaja perustaja analyytikko arkkitehti "
    "sairaanhoitaja assistentti koordinaattori "
    # Polish and Czech
    "programista programistka inżynier kierownik kierowniczka dyrektor specjalista specjalistka konsultant "
    "konsultantka analityk stażysta stażystka praktykant praktykantka asystent asystentka nauczyciel nauczycielka "
    "wykładowca badacz doktorant sprzedawca księgowa księgowy prezes założyciel projektant projektantka "
    "koordynator pielęgniarka lekarz właściciel programátor vývojář inženýr vedoucí ředitel manažer konzultant "
    "analytik stážista asistentka učitel učitelka výzkumník prodavač účetní jednatel zakladatel koordinátor lektor "
    # Turkish
    "mühendis mühendisi geliştirici geliştiricisi uzman uzmanı yönetici yöneticisi müdür müdürü danışman analist "
    "stajyer asistan öğretmen öğretmeni araştırmacı kurucu tasarımcı mimar avukat muhasebeci sorumlu sorumlusu şef "
    "lider direktörü başkan koordinatör teknisyen programcı "
    # Indonesian and Romanian
    "pengembang insinyur manajer kepala direktur staf konsultan analis asisten guru dosen peneliti pendiri desainer "
    "teknisi karyawan pegawai ketua dezvoltator inginer programator stagiar cercetător fondator arhitect contabil "
    "coordonator tehnician "
    # Hungarian and Greek
    "fejlesztő szoftverfejlesztő mérnök vezető igazgató menedzser tanácsadó elemző gyakornok asszisztens tanár "
    "kutató alapító tervező építész könyvelő programozó munkatárs ügyvezető szakértő μηχανικός προγραμματιστής "
    "διευθυντής σύμβουλος αναλυτής ασκούμενος βοηθός καθηγητής ερευνητής ιδρυτής σχεδιαστής υπεύθυνος στέλεχος "
    "λογιστής εκπαιδευτικός "
    # Russian and Ukrainian
    "консультант ведущий старший младший главный заместитель начальник преподаватель учитель исследователь "
    "сотрудник дизайнер архитектор тестировщик администратор ассистент помощник основатель тимлид бухгалтер юрист "
    "продавец оператор техник координатор розробник інженер керівник аналітик програміст викладач вчитель "
    "дослідник засновник стажер асистент тестувальник адміністратор "
    # Japanese, Chinese, Korean (matched inside the text)
    "プログラマー コンサルタント アナリスト ディレクター プロデューサー アシスタント 研究者 教員 店長 係長 取締役 社長 "
    "看護師 担当者 实习 运营 销售 测试 前端 后端 算法 助教 合伙人 职员 文员 秘书 护士 运维 대리 과장 차장 부장 "
    "이사 팀원 기획자 컨설턴트 강사 조교 선임 주임 수석 "
    # Hebrew, Arabic, Persian, Urdu
    "מפתח מפתחת מהנדס מהנדסת מנהל מנהלת יועץ יועצת אנליסט אנליסטית מדריך מדריכה פסיכולוג פסיכולוגית מאבטח מורה "
    "חוקר חוקרת מתכנת מתכנתת מעצב מעצבת ראש מתמחה סטודנט רכז רכזת עוזר עוזרת "
    "مهندس مدير مطور محلل مستشار مبرمج مصمم متدرب أخصائي اخصائي مشرف باحث محاسب معلم مدرس رئيس "
    "مدیر کارشناس مشاور برنامه‌نویس توسعه‌دهنده تحلیلگر راهبر سرپرست کارآموز پژوهشگر طراح"
)

COMPANY = _words(
    "gesellschaft kg ohg gbr konzern werke versicherung agentur verlag kanzlei klinik klinikum krankenhaus "
    "stiftung verein ministerium sasu eurl groupe agence cabinet banque hôpital ministère mairie association "
    "fondation s.l s.l. grupo agencia banco ministerio ayuntamiento fundación asociación ltda ltda. agência "
    "ministério prefeitura fundação associação consultoria gruppo agenzia banca ospedale ministero comune "
    "fondazione associazione groep ziekenhuis gemeente ministerie stichting vereniging asa aps oyj konsern "
    "kommune kommun sykehus sjukhus sp. o.o. spółka grupa szpital urząd fundacja s.r.o. spol. společnost "
    "nemocnice a.ş. şti. şirketi holding bankası hastanesi tbk persero kft kft. zrt zrt. nyrt. bt. kórház ооо оао "
    "зао пао компания банк группа корпорация холдинг завод фирма агентство тов компанія 有限会社 合同会社 病院 "
    "事務所 グループ ホールディングス 科技 股份 事务所 은행 병원 연구소 그룹 "
    'בע"מ חברת השירות שירותי עיריית בנק شركة مؤسسة بنك مجموعة وزارة شرکت بانک گروه سازمان'
)

INSTITUTION = _words(
    "polytechnique politécnica politécnico politècnica politehnica "
    "universitet universitetet högskola högskolan høgskole høgskolen høyskole yliopisto ammattikorkeakoulu "
    "korkeakoulu uniwersytet politechnika akademia szkoła liceum technikum univerzita univerzitet üniversitesi "
    "gymnázium gimnázium gimnazjum gimnazija gymnasiet "
    "üniversite lisesi universitas sekolah politeknik universitatea universitate egyetem főiskola πανεπιστήμιο "
    "σχολή університет інститут коледж академія ліцей гимназия лицей школа техникум училище realschule "
    "gesamtschule berufsschule berufskolleg oberschule hogeschool lyceum atheneum cegep cégep colegio liceo scuola "
    "enseñanza "
    "ateneo universitat 専門学校 高専 大学院 中学 高中 学校 대학원 고등학교 tu eth kth ntnu dtu uni "
    "אוניברסיטת אוניברסיטה האוניברסיטה מכללת המכללה מכללה הטכניון טכניון جامعة الجامعة كلية معهد مدرسة "
    "دانشگاه دانشکده مدرسه آموزشکده"
)

DEGREE = _words(
    # German, French, Spanish, Portuguese, Italian
    "dipl.-ing. dipl.-kfm. diplom-ingenieur diplom-kaufmann staatsexamen fachabitur doctorat diplôme dut "
    "bts baccalauréat bac ingénieur maîtrise mastère capes agrégation cpge deug dea dess "
    "cfc "
    "grado licenciate licentiate bachiller doutoramento tecnólogo pós-graduação bacharel "
    "laurea triennale magistrale dottorato "
    # Dutch, Nordic, Finnish
    "mbo havo vwo mavo hbo propedeuse doctoraal kandidat kandidatexamen masterexamen civilingenjör högskoleingenjör "
    "sivilingeniør bachelorgrad mastergrad filosofian kandidaatti maisteri tohtori "
    # Polish, Czech, Turkish, Indonesian, Romanian, Hungarian, Greek
    "licencjat inż. inżynier doktor bakalář magistr bc. ing. maturita lisans doktora sarjana licență "
    "önlisans alapképzés mesterképzés πτυχίο μεταπτυχιακό διδακτορικό "
    # Russian, Ukrainian, Japanese, Chinese, Korean
    "бакалавриат магистратура аспирантура аспирант магістр 学士学位 硕士学位 博士学位 "
    # English, beyond the abbreviations role_words has
    "bfa mfa m.ed m.ed. b.ed b.ed. ed.d mph msw bsn msn mphil m.phil mres pgce pgdip "
    "a-levels gcse dds dvm pharm.d "
    # Hebrew, Arabic, Persian
    "תואר דוקטורט בכלוריוס بكالوريوس ماجستير دكتوراه دبلوم ليسانس کارشناسی دکترا دکتری کاردانی دیپلم"
)

FIELD = _words(
    # German, French, Spanish, Portuguese, Italian
    "betriebswirtschaft betriebswirtschaftslehre volkswirtschaftslehre wirtschaftsinformatik elektrotechnik "
    "maschinenbau biologie psychologie "
    "mathématiques physique génie droit économie gestion "
    "sistemas computación computação matemáticas matemática física química economía economia derecho direito "
    "administración administração telemática informatica matematica fisica giurisprudenza "
    # Dutch, Nordic, Finnish, Polish, Czech, Turkish
    "wiskunde natuurkunde bedrijfskunde rechten datateknik datavetenskap informasjonsteknologi tietojenkäsittely "
    "tietotekniikka informatyka matematyka fizyka ekonomia informatika matematika fyzika programování "
    "mühendisliği bilgisayar "
    # Russian, Ukrainian
    "информатика математика физика экономика программирование юриспруденция інформатика математика фізика"
)

#: job words that close a compound written as one word; a word ending in one of them is that job
COMPOUND_HEADS = _words(
    "entwickler entwicklerin projektleiter teamleiter abteilungsleiter bereichsleiter gruppenleiter berater "
    "beraterin ingenieur ingenieurin kaufmann kauffrau "
    "mitarbeiter mitarbeiterin techniker programmierer architekt assistent assistentin referent referentin "
    "ontwikkelaar medewerker adviseur beheerder docent onderzoeker dozent lehrer "
    "utvecklare utvikler udvikler ledare konsult "
    "ingenjör ingeniør kehittäjä suunnittelija insinööri päällikkö asiantuntija johtaja fejlesztő mérnök "
    "vezető tanácsadó"
)
