"""How a grade is written: its names ("GPA", "Note", "moyenne") and its value with its decimals or its scale. Apart
from the degree's rules, so the date lines can tell a grade beside the dates from an entry's title."""

from __future__ import annotations

import re

GRADE_NAMES = r"C?GPA|grade|note|score|promedio|media|moyenne|notenschnitt|voto|average"
#: a grade's number, and the scale it is out of ("3.9", "/4.0")
NUMBER = r"\d+(?:[.,]\d+)?"
OUT_OF = rf"\s*/\s*{NUMBER}"
#: a grade's value with its decimals or its scale ("3.8", "9.2/10"; not "12", which "Grade 12" may be)
SCORED = rf"\d+[.,]\d+(?:{OUT_OF})?|\d+{OUT_OF}"
#: a grade alone, as it stands beside the dates ("06/2015 – 04/2017  90.41%", "2019 – 2023  CGPA: 8.6/10")
GRADE = re.compile(rf"(?i)\(?(?:(?:{GRADE_NAMES})\s*[:：-]?\s*)?(?P<value>\d{{1,3}}(?:[.,]\d{{1,2}})?\s?%|{SCORED})\)?")
