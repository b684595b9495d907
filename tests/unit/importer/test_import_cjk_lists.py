"""Lists and titles parted by full-width and Arabic commas; a CJK sentence with commas stays one item."""

from __future__ import annotations

from resume_autofix.importer import import_resume
from resume_autofix.importer.lines import Line
from resume_autofix.importer.lists import items_of
from resume_autofix.importer.titles import split_title


def test_full_width_and_arabic_commas_part_list_items() -> None:
    assert items_of("Python，Java，Go") == ["Python", "Java", "Go"]
    assert items_of("TensorFlow ،PyTorch ،Keras") == ["TensorFlow", "PyTorch", "Keras"]


def test_an_arabic_comma_parts_a_title() -> None:
    assert split_title("کارشناسی مهندسی کامپیوتر، دانشگاه تهران") == ["کارشناسی مهندسی کامپیوتر", "دانشگاه تهران"]


def test_a_chinese_sentence_with_commas_is_one_skill() -> None:
    sentence = "扎实的软件开发原理，数据结构和算法理解，熟悉计算机底层原理。"
    text = f"张三\nzhang@example.com\n\n专业技能\n- {sentence}\n"
    skills = import_resume(text.encode(), "cv.md").resume["skills"]
    assert [k for s in skills for k in s.get("keywords", [s.get("name")])] == [sentence]


def test_a_script_without_capitals_is_never_in_capitals() -> None:
    # "학력" (2 letters) and "전문 경력" (4) are one style: neither is set in capitals
    assert not Line("전문 경력").caps
    assert not Line("学历").caps
    assert Line("EXPERIENCE").caps


def test_a_place_in_brackets_is_no_title_part_so_the_job_under_it_joins_the_title() -> None:
    text = "张三\nzhang@example.com\n\n工作经历\n2021.06 - 至今  某科技有限公司 (北京)\n高级后端工程师\n"
    text += "- 负责核心交易系统的架构设计和开发。\n"
    [job] = import_resume(text.encode(), "cv.txt").resume["work"]
    assert job.get("position") == "高级后端工程师"
