#include "util/TextWidth.h"

#include <QList>
#include <algorithm>

namespace cnpg {

namespace {

// The wide ranges of Unicode's East Asian Width (W and F) that matter here.
bool wide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) ||                // Hangul Jamo, leading consonants
           (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || // CJK radicals to Yi
           (c >= 0xAC00 && c <= 0xD7A3) ||                // Hangul syllables
           (c >= 0xF900 && c <= 0xFAFF) ||                // CJK compatibility ideographs
           (c >= 0xFE30 && c <= 0xFE4F) ||                // CJK compatibility forms
           (c >= 0xFF00 && c <= 0xFF60) ||                // fullwidth forms
           (c >= 0xFFE0 && c <= 0xFFE6) ||                // fullwidth signs
           (c >= 0x20000 && c <= 0x3FFFD);                // CJK extensions B and on
}

} // namespace

int TextWidth::of(const QString& text)
{
    int columns = 0;
    for (const uint c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        // Combining marks, the zero width space and Hangul Jamo's medial vowels and final
        // consonants (they join the leading consonant before them) take no column.
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || c == 0x200B ||
            (c >= 0x1160 && c <= 0x11FF))
            continue;
        columns += wide(c) ? 2 : 1;
    }
    return columns;
}

QString TextWidth::padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - of(text)), QLatin1Char(' '));
}

} // namespace cnpg
