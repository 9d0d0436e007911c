"""Names in any script and with emoji are drawn without empty boxes or warnings."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

from realnet_kit.style import can_draw, drawable, label_fonts


def test_latin_and_accents_are_drawable():
    assert drawable("Inês Carvalho-Ødegård") == "Inês Carvalho-Ødegård"


def test_undrawable_characters_are_dropped_and_spaces_tidied():
    assert drawable("Rosie \U0001f33b\ufe0f  Ashworth") == "Rosie Ashworth"
    assert not can_draw("\U0001f33b")


def test_labels_with_every_script_draw_without_warnings():
    import matplotlib.pyplot as plt

    names = ["Zoë 🌻", "Андрей", "Σοφία", "محمد", "अनन्या", "王芳", "さくら", "민준"]
    fig, ax = plt.subplots()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for i, name in enumerate(names):
            ax.text(0.1, i / 10, drawable(name), fontfamily=label_fonts())
        fig.canvas.draw()
    plt.close(fig)


def test_a_name_no_font_can_draw_becomes_a_question_mark(monkeypatch):
    import realnet_kit.style as fonts

    monkeypatch.setattr(fonts, "can_draw", lambda ch: ch.isascii())
    assert fonts.drawable("王芳") == "?"
    assert fonts.drawable("  ") == ""


def test_shortened_text_is_never_cut_inside_a_word():
    from realnet_kit.words import shortened

    text = "Hey Nell! Our new single 'Kestrel' is out today, first taste of album two, enjoy"
    for limit in range(12, len(text) + 5):
        short = shortened(text, limit)
        assert len(short) <= limit
        if short.endswith("…"):
            kept = short[:-1]
            assert text.startswith(kept), (limit, short)
            assert not text[len(kept)].isalnum(), (limit, short)  # whole words only
        else:
            assert short == text
