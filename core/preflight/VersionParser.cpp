#include "preflight/VersionParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace cnpg {

Version Version::fromString(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[vV]?(\\d+(?:\\.\\d+)*)"));
    Version v;
    const auto m = re.match(text);
    if (!m.hasMatch())
        return v;
    for (const QString& part : m.captured(1).split(QLatin1Char('.'))) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok)
            return Version();
        v.m_parts << n;
    }
    return v;
}

QString Version::toString() const
{
    QStringList out;
    for (int p : m_parts)
        out << QString::number(p);
    return out.join(QLatin1Char('.'));
}

int Version::compare(const Version& other) const
{
    if (isValid() != other.isValid())
        return isValid() ? 1 : -1;
    const qsizetype n = std::max(m_parts.size(), other.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int a = m_parts.value(i, 0);
        const int b = other.m_parts.value(i, 0);
        if (a != b)
            return a < b ? -1 : 1;
    }
    return 0;
}

namespace {

QJsonObject jsonObject(const QByteArray& output)
{
    // Tools may print warnings before the JSON (az does, on stderr, but be lenient).
    const qsizetype brace = output.indexOf('{');
    if (brace < 0)
        return {};
    return QJsonDocument::fromJson(output.mid(brace)).object();
}

Version firstMatch(const QByteArray& output, const QString& pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(output));
    return m.hasMatch() ? Version::fromString(m.captured(1)) : Version();
}

} // namespace

Version VersionParser::az(const QByteArray& output)
{
    const QJsonObject o = jsonObject(output);
    const QString cli = o.value(QStringLiteral("azure-cli")).toString();
    if (!cli.isEmpty())
        return Version::fromString(cli);
    return firstMatch(output, QStringLiteral("^azure-cli\\s+(\\d+(?:\\.\\d+)+)"));
}

Version VersionParser::kubectl(const QByteArray& output)
{
    const QJsonObject client = jsonObject(output).value(QStringLiteral("clientVersion")).toObject();
    const Version git = Version::fromString(client.value(QStringLiteral("gitVersion")).toString());
    if (git.isValid())
        return git;
    if (!client.isEmpty()) {
        // Some builds leave gitVersion empty; major/minor are always there ("minor" may be "30+").
        const QString minor = client.value(QStringLiteral("minor")).toString();
        return Version::fromString(client.value(QStringLiteral("major")).toString() +
                                   QLatin1Char('.') + minor);
    }
    return firstMatch(output, QStringLiteral("^Client Version:\\s*(v?\\d+(?:\\.\\d+)+)"));
}

Version VersionParser::helm(const QByteArray& output)
{
    // "v3.14.4+g81c902a"; Helm 2 printed "Client: v2.16.1+gbbdfe5e".
    return firstMatch(output, QStringLiteral("^\\s*(?:Client:\\s*)?(v?\\d+(?:\\.\\d+)+)"));
}

Version VersionParser::krew(const QByteArray& output)
{
    return firstMatch(output, QStringLiteral("^\\s*GitTag\\s+(v?\\d+(?:\\.\\d+)+)"));
}

Version VersionParser::jq(const QByteArray& output)
{
    return firstMatch(output, QStringLiteral("^\\s*jq-(\\d+(?:\\.\\d+)*)"));
}

} // namespace cnpg
