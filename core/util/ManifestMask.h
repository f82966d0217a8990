#pragma once

#include <QByteArray>
#include <QString>

namespace cnpg {

// A manifest as the progress log may show it: the text as the exported script's heredoc has it,
// line for line, but with no secret in it. A Secret's `data` and `stringData` values become
// "***" (their keys stay, so the reader sees what is set), and whatever maskSecrets() knows
// (tokens, passwords, keys) is masked in every document.
class ManifestMask
{
public:
    static QString masked(const QByteArray& manifest);
};

} // namespace cnpg
