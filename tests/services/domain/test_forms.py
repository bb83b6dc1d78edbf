from __future__ import annotations

import pytest

from services.domain.entities import FormField
from services.domain.forms import answer_violations

FIELDS = [
    FormField(key="t", label="T", type="Text", required=True),
    FormField(key="m", label="M", type="MultiLine"),
    FormField(key="d", label="D", type="Date"),
    FormField(key="c", label="C", type="Choice", choices=["S", "M"]),
    FormField(key="mc", label="MC", type="MultipleChoice", choices=["a", "b"]),
    FormField(key="y", label="Y", type="YesNo", required=True),
    FormField(key="n", label="N", type="Number"),
]
GOOD = {"t": "x", "m": "l1\nl2", "d": "2026-01-31", "c": "S", "mc": ["a", "b"], "y": False,
        "n": 2.5}


def test_valid_answers():
    assert answer_violations(FIELDS, GOOD) == []
    assert answer_violations(FIELDS, {"t": "x", "y": True}) == []


@pytest.mark.parametrize("key,value,code", [
    ("t", "", "Required"), ("y", None, "Required"), ("t", 3, "FormTextInvalid"),
    ("d", "2026-02-30", "FormDateInvalid"), ("c", "XL", "FormChoiceInvalid"),
    ("mc", ["a", "z"], "FormChoiceInvalid"), ("mc", "a", "FormChoiceInvalid"),
    ("y", "yes", "FormYesNoInvalid"), ("n", "deux", "FormNumberInvalid"),
    ("n", True, "FormNumberInvalid"), ("n", "NaN", "FormNumberInvalid"),
])
def test_each_type_checked(key, value, code):
    found = answer_violations(FIELDS, {**GOOD, key: value})
    assert [(v.code, v.field) for v in found] == [(code, key)]


def test_unknown_question():
    assert [v.code for v in answer_violations(FIELDS, {**GOOD, "zz": 1})] == ["FormUnknownField"]
