#include "util/ManifestMask.h"

#include "util/Logging.h"

#include <QRegularExpression>
#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace cnpg {

namespace {

const QString Hidden = QStringLiteral("***");

int indentOf(const QString& line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

// Whether the document is a Secret, as yaml-cpp reads it; one it cannot read counts as one, so
// that nothing of it is shown by mistake.
bool isSecret(const QStringList& lines)
{
    try {
        const YAML::Node doc = YAML::Load(lines.join(QLatin1Char('\n')).toStdString());
        return doc.IsMap() && doc["kind"] && doc["kind"].IsScalar() &&
               doc["kind"].as<std::string>() == "Secret";
    } catch (const YAML::Exception&) {
        return true;
    }
}

// A Secret's top-level data and stringData: each entry keeps its key, its value (and a block
// scalar's lines under it) becomes ***.
void maskSecretValues(QStringList& lines)
{
    static const QRegularExpression section(QStringLiteral("^(data|stringData):(.*)$"));
    static const QRegularExpression entry(QStringLiteral("^(\\s*(?:\"[^\"]*\"|'[^']*'|[^:#]+):)"));
    bool inSection = false;
    int entryIndent = -1;
    QStringList out;
    for (const QString& line : std::as_const(lines)) {
        const bool blank = line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#'));
        if (!blank && indentOf(line) == 0) {
            const auto m = section.match(line);
            inSection = m.hasMatch();
            entryIndent = -1;
            if (inSection && !m.captured(2).trimmed().isEmpty()) {
                out << m.captured(1) + QStringLiteral(": ") + Hidden; // flow style: {a: b}
                inSection = false;
                continue;
            }
            out << line;
            continue;
        }
        if (!inSection || blank) {
            out << line;
            continue;
        }
        if (entryIndent < 0)
            entryIndent = indentOf(line);
        if (indentOf(line) > entryIndent)
            continue; // a block scalar's line or a nested value: part of the hidden value
        const auto m = entry.match(line);
        if (m.hasMatch())
            out << m.captured(1) + QLatin1Char(' ') + Hidden;
        else
            out << QString(entryIndent, QLatin1Char(' ')) + Hidden;
    }
    lines = out;
}

} // namespace

QString ManifestMask::masked(const QByteArray& manifest)
{
    // Documents as YAML separates them: a line that starts with "---".
    const QStringList lines = QString::fromUtf8(manifest).split(QLatin1Char('\n'));
    QStringList result;
    QStringList doc;
    const auto flush = [&] {
        if (isSecret(doc))
            maskSecretValues(doc);
        result << doc;
        doc.clear();
    };
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("---"))) {
            flush();
            result << line;
        } else {
            doc << line;
        }
    }
    flush();
    return maskSecrets(result.join(QLatin1Char('\n')));
}

} // namespace cnpg
