"""Section headings, found by vocabulary (English and the languages the analysis detects) and by typography.

A line is a heading when it is short, stands alone, and either names a section ("Work Experience",
"Berufserfahrung", "職務経歴") or looks exactly like the headings that do (same size, weight and capitals) while
looking unlike the body. What follows a heading up to the next one is that section; what comes before the first
heading is the header (name and contact details).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .dateline import dated, only_dates
from .lines import Line

_VOCABULARY: dict[str, str] = {
    "summary": "summary|professional summary|career summary|executive summary|profile|professional profile|"
    "about|about me|objective|career objective|overview|personal statement|introduction|"
    "zusammenfassung|profil|kurzprofil|über mich|ueber mich|résumé|à propos|a propos|objectif|"
    "resumen|perfil|perfil profesional|sobre mí|sobre mi|extracto|resumo|sobre mim|perfil profissional|"
    "resumo profissional|objetivo|objetivo profissional|"
    "profilo|sommario|chi sono|profiel|samenvatting|over mij|о себе|профиль|резюме|цель|"
    "職務要約|概要|要約|自己pr|自己紹介|요약|자기소개|소개|"
    "个人简介|个人总结|自我评价|自我介绍|简介|求职意向|個人簡介|自我評價|自我介紹|sammendrag|sammanfattning|"
    "om meg|om mig|podsumowanie|o mnie|özet|hakkımda|giới thiệu|tóm tắt|"
    "persönliches profil|berufsprofil|profil professionnel|présentation|à propos de moi|acerca de mí|"
    "profilo professionale|persoonlijk profiel|tiivistelmä|profiili|yhteenveto|profil zawodowy|cel zawodowy|"
    "shrnutí|o mně|про себе|профіль|kariyer hedefi|ringkasan|tentang saya|profil singkat|despre mine|rezumat|"
    "összefoglaló|magamról|bemutatkozás|szakmai profil|προφίλ|περίληψη|"
    "个人评价|个人优势|关于我|關於我|プロフィール|프로필|"
    "תמצית|תקציר|פרופיל|אודות|על עצמי|ملخص|الملخص|نبذة|"
    "نبذة عني|الملف الشخصي|درباره من|خلاصه|معرفی|پروفایل|"
    "خلاصہ",
    "work": "work|experience|experiences|work experience|work experiences|professional experience|employment|"
    "employment history|work history|"
    "career history|relevant experience|experience and employment|career|positions|professional background|"
    "appointments|academic appointments|professional appointments|"
    "research|research experience|research positions|teaching experience|internships|internship experience|"
    "berufserfahrung|berufliche erfahrung|erfahrung|werdegang|beruflicher werdegang|praxiserfahrung|"
    "praktische tätigkeiten|berufliche tätigkeiten|berufspraxis|praktika|berufslaufbahn|berufsweg|"
    "berufstätigkeit|berufliche tätigkeit|"
    "expérience|expérience professionnelle|expériences professionnelles|expériences|parcours professionnel|"
    "experiencia|experiencia laboral|experiencia profesional|experiência|experiência profissional|"
    "esperienza|esperienze|esperienza lavorativa|esperienza professionale|esperienze professionali|"
    "esperienze lavorative|"
    "werkervaring|ervaring|werkervaringen|опыт работы|опыт|трудовой опыт|職務経歴|職歴|経歴|경력|경력 사항|경력사항|"
    "インターンシップ|アルバイト|"
    "工作经历|工作经验|实习经历|实习经验|职业经历|工作履历|工作經歷|工作經驗|實習經歷|實習經驗|經歷|"
    "arbeidserfaring|yrkeserfaring|erfaring|arbejdserfaring|erhvervserfaring|arbetslivserfarenhet|erfarenhet|"
    "doświadczenie|doświadczenie zawodowe|iş deneyimi|deneyim|deneyimler|kinh nghiệm|kinh nghiệm làm việc|"
    "occupation|occupations|jobs|job history|professional history|employment record|positions held|"
    "berufliche laufbahn|berufliche stationen|arbeitserfahrung|praktikum|expérience de travail|"
    "expériences de travail|stages|emplois|parcours|carrière|experiencia de trabajo|trayectoria profesional|"
    "historial laboral|prácticas|experiencias|atuação profissional|experiências profissionais|"
    "experiência de trabalho|experiências|histórico profissional|"
    "trajetória profissional|estágios|esperienze di lavoro|tirocini|carriera|loopbaan|arbeidsverleden|"
    "beroepservaring|professionele ervaring|yrkeserfarenhet|anställningar|arbetserfarenhet|beskæftigelse|"
    "ansættelser|työkokemus|työhistoria|kokemus|praktyki|staże|praktyki zawodowe|historia zatrudnienia|"
    "przebieg kariery|pracovní zkušenosti|praxe|zkušenosti|profesní zkušenosti|pracovné skúsenosti|места работы|"
    "трудовая деятельность|стажировки|профессиональный опыт|досвід роботи|досвід|трудова діяльність|iş tecrübesi|"
    "tecrübe|staj|stajlar|profesyonel deneyim|pengalaman kerja|pengalaman|riwayat pekerjaan|pengalaman profesional|"
    "magang|experiență profesională|experienta profesionala|experiență|istoric profesional|szakmai tapasztalat|"
    "munkatapasztalat|tapasztalat|munkahelyek|επαγγελματική εμπειρία|εμπειρία|προϋπηρεσία|"
    "任职经历|实践经历|从业经历|實踐經歷|實務経験|"
    "業務経験|업무 경험|근무 경력|"
    "ניסיון תעסוקתי|ניסיון מקצועי|ניסיון|ניסיון בעבודה|"
    "היסטוריה תעסוקתית|الخبرات|الخبرة|الخبرة العملية|"
    "الخبرات العملية|الخبرة المهنية|الخبرات المهنية|"
    "الخبرات الوظيفية|تجربیات کاری|سوابق کاری|سابقه کاری|"
    "سوابق شغلی|تجربه کاری|تجربه|تجربہ",
    "education": "education|academic background|academic history|education and training|studies|academics|"
    "schul- und berufsbildung|schul und berufsbildung|"
    "educational background|education background|educational history|"
    "ausbildung|bildung|bildungsweg|studium|schulbildung|promotion|hochschulbildung|schulausbildung|formation|"
    "formations|éducation|diplômes|études|"
    "formación|formación académica|educación|estudios|formação|formação acadêmica|formação académica|educação|"
    "istruzione|formazione|istruzione e formazione|opleiding|opleidingen|образование|学歴|학력|학력 사항|"
    "教育|教育经历|教育背景|学历|教育經歷|學歷|utdanning|utdannelse|uddannelse|utbildning|wykształcenie|edukacja|"
    "eğitim|eğitim bilgileri|học vấn|trình độ học vấn|"
    "academic qualifications|educational qualifications|academic profile|degrees|schulische ausbildung|"
    "akademische ausbildung|formation académique|parcours académique|cursus|estudios realizados|titulación|"
    "escolaridade|formazione accademica|titoli di studio|studi|onderwijs|koulutus|opinnot|vzdělání|vzdelanie|"
    "освіта|öğrenim|pendidikan|riwayat pendidikan|pendidikan formal|educație|educatie|studii|tanulmányok|"
    "végzettség|iskolai végzettség|oktatás|εκπαίδευση|σπουδές|教育经历|教育經歷|교육|"
    "השכלה|לימודים|השכלה אקדמית|التعليم|المؤهلات العلمية|"
    "المؤهلات الأكاديمية|التحصيل العلمي|المؤهل العلمي|"
    "تحصیلات|سوابق تحصیلی|تحصیلات دانشگاهی|تعلیم",
    "skills": "skills|skill|technical skills|core skills|key skills|core competencies|competencies|expertise|"
    "areas of expertise|technologies|tools|tech stack|technology stack|skills and tools|tools and technologies|"
    "abilities|technology|skills profile|skill profile|skills & abilities|skills and abilities|"
    "strengths|key strengths|core strengths|capabilities|key capabilities|core capabilities|"
    "kenntnisse|fähigkeiten|fachkenntnisse|kompetenzen|it-kenntnisse|compétences|compétences techniques|"
    "technische kenntnisse|edv-kenntnisse|edv kenntnisse|it kenntnisse|computerkenntnisse|"
    "habilidades|competencias|conocimientos|competências|competenze|competenze tecniche|vaardigheden|"
    "habilidades técnicas|conocimientos informáticos|aptitudes|competencias técnicas|informatique|"
    "soft skills|hard skills|"
    "competenties|навыки|ключевые навыки|профессиональные навыки|スキル|技術スキル|保有スキル|기술|보유 기술|스킬|"
    "技能|专业技能|个人技能|技能特长|技能证书|技能與證書|技术栈|技术能力|專業技能|技術能力|技術棧|ferdigheter|kompetanse|"
    "færdigheder|kompetencer|färdigheter|kompetenser|umiejętności|yetenekler|beceriler|yetkinlikler|kỹ năng|"
    "proficiencies|proficiency|familiarity|competences|technical proficiencies|computer skills|it skills|"
    "technical expertise|toolbox|programmierkenntnisse|fertigkeiten|compétences informatiques|connaissances|"
    "destrezas|herramientas|conhecimentos|aptidões|abilità|conoscenze|capacità|competenze informatiche|kennis|"
    "technische vaardigheden|kunskaper|kompetens|kunnskaper|kvalifikationer|taidot|osaaminen|tekniset taidot|"
    "kompetencje|umiejętności techniczne|dovednosti|znalosti|умения|компетенции|технические навыки|навички|"
    "ключові навички|компетенції|teknik beceriler|keahlian|keterampilan|kemampuan|kompetensi|competențe|competente|"
    "abilități|aptitudini|készségek|képességek|kompetenciák|δεξιότητες|ικανότητες|テクニカルスキル|"
    "כישורים|מיומנויות|כישורים וידע טכנולוגי|ידע טכנולוגי|"
    "المهارات|المهارات التقنية|المهارات الشخصية|مهارت ها|"
    "مهارتها|مهارت های فنی|توانایی ها|مہارتیں",
    "projects": "projects|personal projects|selected projects|side projects|open source|key projects|"
    "projekte|projets|proyectos|projetos|progetti|projecten|проекты|プロジェクト|프로젝트|"
    "项目经历|项目经验|个人项目|项目|項目經歷|專案經歷|個人項目|prosjekter|projekter|projekt|projekty|projeler|"
    "dự án|"
    "project experience|project work|projekterfahrung|projektit|проєкти|проекти|proyek|proiecte|projektek|έργα|作品|"
    "פרויקטים|المشاريع|مشاريع|پروژه ها|پروژه‌ها|پروژه",
    "certificates": "certifications|certificates|certification|licenses|licenses and certifications|"
    "licenses & certifications|courses and certifications|zertifikate|zertifizierungen|bescheinigungen|certificats|"
    "certificaciones|certificados|certificações|certificazioni|certificaten|certificeringen|сертификаты|"
    "資格|免許・資格|자격증|证书|资格证书|荣誉证书|證書|sertifiseringer|sertifikater|certificeringer|certifieringar|"
    "certyfikaty|sertifikalar|chứng chỉ|"
    "licences|licences and certifications|licences & certifications|certificate|sertifikaatit|certifikáty|"
    "сертифікати|sertifikasi|sertifikat|certificări|tanúsítványok|πιστοποιήσεις|"
    "תעודות|תעודות והכשרות|הסמכות|الشهادات|شهادات|"
    "گواهینامه ها|گواهینامه‌ها|مدارک",
    "languages": "languages|language skills|sprachen|sprachkenntnisse|langues|idiomas|lingue|talen|języki obce|"
    "языки|знание языков|語学|言語|어학|언어|语言能力|外语能力|語言能力|språk|sprog|języki|diller|ngôn ngữ|"
    "fremdsprachen|langues étrangères|línguas|lingue straniere|taalvaardigheid|kielitaito|kielet|jazyky|"
    "jazykové znalosti|мови|знання мов|bahasa|limbi străine|limbi|nyelvtudás|nyelvismeret|γλώσσες|语言|外语|"
    "שפות|اللغات|لغات|زبان ها|زبانها|زبان‌ها",
    "awards": "awards|honors|honours|achievements|awards and honors|awards & honors|honors and awards|"
    "honors & awards|distinctions|auszeichnungen|prix|distinctions et prix|premios|reconocimientos|logros|prêmios|"
    "premi|prijzen|награды|достижения|受賞歴|受賞|수상 경력|수상|获奖经历|荣誉奖项|获奖情况|荣誉|獲獎經歷|榮譽|"
    "recognition|recognitions|prizes|scholarships|récompenses|distinciones|prémios|distinções|riconoscimenti|"
    "onderscheidingen|utmärkelser|utmerkelser|udmærkelser|priser|palkinnot|nagrody|wyróżnienia|ocenění|нагороди|"
    "ödüller|penghargaan|premii|díjak|βραβεία|奖项|获奖|"
    "פרסים|פרסים והצטיינות|הישגים|الجوائز|جوائز|الإنجازات|"
    "افتخارات|جوایز",
    "volunteer": "volunteer|volunteering|volunteer experience|volunteer work|community involvement|"
    "community service|ehrenamt|ehrenamtliches engagement|bénévolat|voluntariado|volontariato|"
    "vrijwilligerswerk|волонтерство|волонтёрство|ボランティア活動|ボランティア|봉사 활동|봉사활동|"
    "志愿者经历|志愿经历|志願者經歷|"
    "voluntary work|volunteering experience|ehrenamtliche tätigkeit|soziales engagement|engagement associatif|"
    "trabalho voluntário|volontärarbete|ideellt arbete|frivillig arbeid|frivilligt arbejde|vapaaehtoistyö|"
    "wolontariat|dobrovolnictví|gönüllülük|gönüllü çalışmalar|relawan|voluntariat|önkéntes munka|εθελοντισμός|志愿服务|"
    "התנדבות|العمل التطوعي|التطوع|فعالیت های داوطلبانه|"
    "داوطلبانه",
    "publications": "publications|papers|selected publications|publikationen|veröffentlichungen|"
    "research & publications|research and publications|publications & research|research publications|"
    "research reports|technical reports|reports|other publications|working papers|preprints|"
    "publicaciones|publicações|pubblicazioni|publicaties|публикации|著作・発表|論文|출판물|논문|论文|发表论文|"
    "publikationer|publikasjoner|julkaisut|publikacje|publikace|публікації|yayınlar|publikasi|publicații|"
    "publikációk|δημοσιεύσεις|"
    "פרסומים|المنشورات|الأبحاث|مقالات|انتشارات",
    "interests": "interests|personal interests|research interests|hobbies|hobbies and interests|interests and hobbies|"
    "interessen|hobbys|"
    "centres d'intérêt|centres d’intérêt|loisirs|intereses|aficiones|interesses|interessi|interesses|hobby's|"
    "интересы|хобби|趣味・関心|趣味|관심 분야|취미|兴趣爱好|爱好|興趣愛好|interesser|intressen|zainteresowania|"
    "ilgi alanları|hobiler|sở thích|"
    "intérêts|centres d'intérêts|intérêts personnels|fritidsintressen|fritidsinteresser|harrastukset|"
    "kiinnostuksen kohteet|zájmy|koníčky|інтереси|хобі|hobi|minat|interese|hobby-uri|érdeklődési kör|hobbik|"
    "ενδιαφέροντα|兴趣|"
    "תחביבים|תחומי עניין|الاهتمامات|الهوايات|علایق|"
    "سرگرمی ها",
    "contact": "contact|contacts|contact information|contact details|personal information|personal details|"
    "personal data|kontakt|kontaktdaten|persönliche daten|zu meiner person|persönliche angaben|"
    "angaben zur person|coordonnées|contacto|datos personales|contato|información personal|"
    "informations personnelles|informação pessoal|informações pessoais|dane osobowe|"
    "dados pessoais|contatti|dati personali|contactgegevens|persoonlijke gegevens|контакты|контактная информация|"
    "連絡先|個人情報|연락처|인적 사항|联系方式|个人信息|基本信息|聯繫方式|個人資訊|個人信息|"
    "contatto|contact me|get in touch|links|profiles|social media|online presence|web presence|"
    "kontaktinformationen|kontaktinformasjon|kontaktuppgifter|yhteystiedot|dane kontaktowe|kontaktní údaje|"
    "контактные данные|контакти|iletişim|iletişim bilgileri|kontak|informasi kontak|data diri|date personale|"
    "date de contact|elérhetőség|személyes adatok|στοιχεία επικοινωνίας|προσωπικά στοιχεία|osobní údaje|"
    "henkilötiedot|personalia|personuppgifter|personlige oplysninger|基本资料|个人资料|"
    "פרטים אישיים|פרטי קשר|معلومات الاتصال|البيانات الشخصية|"
    "المعلومات الشخصية|اطلاعات تماس|اطلاعات شخصی|"
    "مشخصات فردی",
    "references": "references|referenzen|références|referencias|referências|referenze|referenties|"
    "рекомендации|推薦者|추천인|推荐人|referanser|referencer|referenser|referencje|referanslar|"
    "referees|suosittelijat|reference|рекомендації|referensi|referințe|referenciák|συστάσεις|"
    "ממליצים|המלצות|المراجع|معرفین",
}
_PHRASES: dict[str, str] = {p: key for key, words in _VOCABULARY.items() for p in words.split("|")}
# a heading only when alone: "Résumé" (French for summary) is one, "JAN KÜSTER RESUME" is the document's title;
# "Work" (JSON Resume's own name for the section) is one, "Master of Social Work" is a degree
_ALONE_ONLY = frozenset(["resume", "résumé", "resumen", "resumo", "cv", "curriculum vitae", "lebenslauf", "work"])
_MAX_WORDS = max(len(p.split()) for p in _PHRASES)
# icon-font glyphs (Font Awesome and the like draw them from the private use area) and bullets or arrows set
# before a heading ("\uf19d EDUCATION", "▸ Skills") are decoration, not words of the heading
_STRIP = re.compile(r"[\s:：.#*_|=\-–—\ue000-\uf8ff●■□▪▸►▶➤➢✦★☆◆◇•·・【】［］\[\]]+")
_COUNT = re.compile(r"\s*[(\[]\d{1,3}[)\]]\s*$")
_AND = re.compile(r"\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b|/|,)\s*")


@dataclass
class Section:
    key: str
    heading: str
    lines: list[Line] = field(default_factory=list)


def normalise(text: str) -> str:
    """Lower case, punctuation at the ends and inside letter-spaced words dropped ("S K I L L S" → "skills")."""
    if text.endswith((")", "]")):  # "Work Experience(1)", "Projects [3]": a count is no part of the name
        text = _COUNT.sub("", text)
    # a Persian zero-width non-joiner parts a word from its plural ("مهارت‌ها"); Turkish "İ" lowers to "i" + a dot
    text = _STRIP.sub(" ", text.replace("\u200c", " ")).strip().lower().replace("\u0307", "")
    parts = text.split()
    # letter-spaced ("S K I L L S"; CSS letter-spacing with a kerned pair: "E D U C AT I O N")
    if len(parts) >= 4 and all(len(p) <= 2 for p in parts) and sum(len(p) == 1 for p in parts) >= 0.75 * len(parts):
        text = "".join(parts)
    return text


def exact_key(text: str) -> str | None:
    """The section a text names when it is exactly a heading phrase ("Experience", not "Senior Experience ...")."""
    return _PHRASES.get(normalise(text))


def _phrase_parts(text: str) -> list[str]:
    """The heading phrases a heading joins ("Skills, Achievements and Interests": three), or none when a part of it
    is no heading phrase."""
    parts = [p for p in _AND.split(normalise(text)) if p]
    return parts if all(p in _PHRASES for p in parts) else []


def vocabulary_key(text: str) -> str | None:
    """The section a heading text names, or ``None``; a heading in capitals that a PDF's letter-spacing broke
    inside its words ("EX PERIENCE", "AUDI T AND IMPROVEMEN T") is read whole again."""
    words = text.split()
    if text.isupper() and 2 <= len(words) <= 5 and normalise(text) not in _PHRASES:
        # each way of closing some of the gaps, fewest closed first: "APPOIN TMEN TS", "RESEARCH IN TERESTS"
        gaps = len(words) - 1
        for mask in sorted(range(1, 2**gaps), key=lambda m: bin(m).count("1")):
            glued = words[0]
            for k, word in enumerate(words[1:]):
                glued += word if mask >> k & 1 else f" {word}"
            if glued.lower() in _PHRASES:
                return _PHRASES[glued.lower()]
    return _vocabulary_key(text)


def _vocabulary_key(text: str) -> str | None:
    norm = normalise(text)
    if not norm or len(norm) > 60:
        return None
    if norm in _PHRASES:
        return _PHRASES[norm]
    # "Skills & Tools", "Education and Training", "Technical Skills Summary": the first phrase that matches
    for part in _AND.split(norm):
        if part in _PHRASES:
            return _PHRASES[part]
    words = norm.split()
    if len(words) > _MAX_WORDS + 2:
        return None
    if _CJK.search(norm) and (key := _cjk_key(norm)):  # no spaces between words: "科研经历", "获奖荣誉"
        return key
    return _phrase_inside(words)


def _phrase_inside(words: list[str]) -> str | None:
    """The section the longest heading phrase among ``words`` names ("Relevant Industry Experience")."""
    for size in range(min(_MAX_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase in _PHRASES and phrase not in _ALONE_ONLY:
                return _PHRASES[phrase]
    return None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_PHRASES = sorted((p for p in _PHRASES if len(p) >= 2 and all(_CJK.match(ch) for ch in p)), key=len, reverse=True)


def _cjk_key(norm: str) -> str | None:
    """The section a short CJK heading names by the longest heading word it opens or ends with: "实践经历"
    (practical experience) ends in 经历, "兴趣、规划等" opens with 兴趣. A word inside is no name
    ("清华大学教育学院" is a school), and a longer line is a sentence, not a heading."""
    if len(norm) > 10:
        return None
    return next((_PHRASES[p] for p in _CJK_PHRASES if norm.startswith(p) or norm.endswith(p)), None)


def _candidate(line: Line) -> bool:
    text = _COUNT.sub("", line.text) if line.text.endswith((")", "]")) else line.text
    return (
        not line.bullet
        and sum(1 for cell in line.cells if normalise(cell)) == 1  # rules drawn as text ("———") are no cells
        and 0 < len(text) <= 60
        and len(normalise(text).split()) <= 6
        and "@" not in text
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith((".", ","))
        and not _LABEL_VALUE.match(text)  # "主修课程：数据结构、操作系统": a labelled list, no heading
    )


_LABEL_VALUE = re.compile(r"^[^:：]{1,20}[:：]\s*\S.*[、,，;；]")


def _over_its_dates(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands right over a line of its dates alone ("Web Developer / something.com" over "Mar 2012 -
    Dec 2014"): an entry's title in a heading's type, not a section the vocabulary does not know."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and len(below.cells) == 1 and dated(below) is not None and only_dates(below)


def _style(line: Line) -> tuple[float, bool, bool]:
    return (round(line.size * 2) / 2, line.bold, line.caps)


def body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _known_headings(
    lines: list[Line], styled: Any, top: int = 0
) -> tuple[dict[int, str], set[tuple[float, bool, bool]]]:
    """Headings the vocabulary names, and the styles those headings share (none deeper than level ``top``)."""
    known: dict[int, str] = {}
    loose: dict[int, str] = {}
    for i, line in enumerate(lines):
        deeper = top > 0 and line.level > top
        key = vocabulary_key(line.text) if _candidate(line) and not deeper else None
        if key is None:
            continue
        if normalise(line.text) in _PHRASES or _phrase_parts(line.text):
            known[i] = key
        elif styled(line):
            loose[i] = key
    styles = Counter(_style(lines[i]) for i in known if styled(lines[i]))
    heading_styles = {s for s, n in styles.items() if n >= 2 or (n >= 1 and len(styles) == 1)}
    # "Technical Skills Summary" yes; a bold "Director of Education" job title no
    known.update(
        {
            i: key
            for i, key in loose.items()
            if lines[i].heading or not heading_styles or _style(lines[i]) in heading_styles
        }
    )
    return known, heading_styles


def _demote_entry_headings(lines: list[Line]) -> int:
    """Word headings deeper than the ones that name sections are entry titles ("Heading 2: Analyst, Acme").

    A document whose "Experience" is Heading 1 writes each job as Heading 2: those are bold lines of the section,
    not sections of their own (as Markdown's "###" is), even where they name one ("Heading 4: Technical Skills"
    inside a job). Returns the sections' level (0: no styled headings).
    """
    # sections in a large style of no outline level ("Experience" set in 26 pt), jobs as Word headings in smaller
    # type ("Heading 1: Senior Software Engineer"): the smaller headings are entry titles
    sizes = [line.size for line in lines if line.heading and not line.level and vocabulary_key(line.text)]
    if len(sizes) >= 2:
        smaller = [line for line in lines if line.heading and line.level and line.size < min(sizes) - 0.5]
        for line in smaller:
            line.heading, line.bold = False, True
        if smaller:
            return 0
    levels = [line.level for line in lines if line.heading and line.level and vocabulary_key(line.text) is not None]
    if not levels:
        return 0
    top = min(levels)
    combined = False  # under "Skills, Achievements and Interests" the sub-headings are the sections it names
    for line in lines:
        if line.heading and line.level == top:
            combined = len(_phrase_parts(line.text)) >= 2
        elif line.heading and line.level > top and combined and exact_key(line.text):
            line.level = top  # a section of its own, at the sections' level
        elif line.heading and line.level > top:
            line.heading, line.bold = False, True
    return top


def _opens(section: Section, lines: list[Line], i: int) -> bool:
    """Line ``i``, a heading the vocabulary knows, comes right under ``section``'s own heading in another style:
    the section's first sub-heading (a section is never empty), when the section has sub-headings at all."""
    return (
        not section.lines
        and section.key == "skills"
        and i > 0
        and lines[i - 1].text == section.heading
        and len(_phrase_parts(section.heading)) < 2  # "Skills, Achievements and Interests": its parts are sections
    )


def _in_entry(section: Section, heading: Line, line: Line, main: tuple[float, bool, bool] | None) -> bool:
    """A heading word set well below the section heading's size, in its column, after the section's first lines
    ("Employment History:" › a job › "Projects:"): a label inside an entry, not a new section."""
    return (
        section.key in ("work", "volunteer", "education")
        and bool(section.lines)
        and line.page == heading.page
        and line.column == heading.column
        and line.size < 0.8 * heading.size
        and _style(line) != main
    )


_OPENS = re.compile(r"^(?:(?:and|und|et|y|e|en|og|och)\s|[&/])", re.I)
_ENDS = re.compile(r"(?:\s(?:and|und|et|y|e|en|og|och)|[&/])$", re.I)


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """A heading wrapped in a narrow column ("HONORS" over "AND EXPERIENCE", "SKILLS QUALITIES" over
    "& INTERESTS"), one of its halves starting or ending in "and" or "&": one heading, when the two halves share
    their style and together name a section."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and (_OPENS.match(line.text.strip()) or _ENDS.search(last.text.strip()))  # cheap tests first
            and (last.caps or last.bold or last.heading)
            and _style(last) == _style(line)
            and _candidate(last)
            and _candidate(line)
            and vocabulary_key(joined := f"{last.text.strip()} {line.text.strip()}")
        ):
            out[-1] = last.retext(joined)
            continue
        out.append(line)
    return out


_ENTRY_KEYS = frozenset({"work", "projects", "volunteer"})


def _repeated_labels(lines: list[Line], known: dict[int, str]) -> set[int]:
    """A heading word repeated under each job after the work section opened ("Skills" over each job's duties):
    a label inside the entries, no section. Taken out of ``known`` in place; returns their lines."""
    labels: set[int] = set()
    order = sorted(known)
    names = {i: normalise(lines[i].text) for i in order}
    seen = Counter(names.values())
    repeated = {i for i in order if seen[names[i]] >= 2 and known[i] not in _ENTRY_KEYS}
    for text in {names[i] for i in repeated}:
        at = [i for i in order if i in repeated and names[i] == text]
        before = [known[i] for i in order if i < at[0] and i not in repeated]
        if before and before[-1] in _ENTRY_KEYS:  # inside the entries of the section before it
            for i in at:
                del known[i]
            labels.update(at)
    return labels


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section], list[str]]:
    """The header lines, the sections in order, and warnings about headings the vocabulary did not know."""
    lines = _join_wrapped(lines)
    body = body_size(lines)
    top = _demote_entry_headings(lines)

    def styled(line: Line) -> bool:
        return line.heading or line.bold or line.caps or (body > 0 and line.size >= body * 1.1)

    known, heading_styles = _known_headings(lines, styled, top)
    labels = _repeated_labels(lines, known)
    body_style = (body, False, False)
    first_known = min(known) if known else len(lines)
    unknown = {
        i
        for i, line in enumerate(lines)
        if i not in known
        and i not in labels
        and i >= first_known
        and _candidate(line)
        and not _over_its_dates(lines, i)
        and (
            line.heading
            or (
                _style(line) in heading_styles
                and _style(line) != body_style
                and ((line.caps and sum(c.isalpha() for c in line.text) >= 5) or (body > 0 and line.size >= body * 1.1))
            )
        )
    }
    header: list[Line] = []
    sections: list[Section] = []
    warnings: list[str] = []
    main = Counter(_style(lines[i]) for i in known).most_common(1)[0][0] if known else None
    sub: tuple[float, bool, bool] | None = None  # the style of the sub-headings inside the open section
    opened: Line | None = None  # the open section's heading
    for i, line in enumerate(lines):
        if i in labels:
            continue  # a label inside the entries: its text stays in the source, no title part
        if (
            i in known
            and sections
            and styled(line)  # a bold group name; a margin label in body type ("Sprachen  Englisch") is not one
            and _style(line) != main
            and (_style(line) == sub or _opens(sections[-1], lines, i))
        ):
            sub = _style(line)  # "SKILLS" over "Languages" / "Python, Go" and "Tools" / "Git": groups, not sections
            sections[-1].lines.append(line)
        elif i in known and opened is not None and _in_entry(sections[-1], opened, line, main):
            sections[-1].lines.append(line)  # "Projects:" in small type inside a job: part of that job
        elif i in known:
            sections.append(Section(known[i], line.text))
            sub, opened = None, line
        elif i in unknown and not (
            opened is not None and sections[-1].key != "other" and line.size < opened.size * 0.92
        ):
            sections.append(Section("other", line.text))
        elif i in unknown:  # smaller than its section's heading: "experience" › "Full Time", a group inside it
            continue  # a label over some of its entries, not an entry's title (the text stays in the source)
        elif sections:
            sections[-1].lines.append(line)
        else:
            header.append(line)
    return header, sections, warnings
