#pragma once

#include <QString>

namespace cnpg {

// How many columns a text takes on a terminal: East Asian wide and fullwidth characters
// (Hangul, CJK ideographs, fullwidth forms) take two, combining marks none, the rest one. For
// aligning the command line's tables; not a full wcwidth().
class TextWidth
{
public:
    static int of(const QString& text);
    // `text` followed by spaces up to `width` columns (nothing added when it is wider).
    static QString padded(const QString& text, int width);
};

} // namespace cnpg
