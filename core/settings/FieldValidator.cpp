#include "settings/FieldValidator.h"

#include "settings/AzureRegions.h"
#include "settings/CronSchedule.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <functional>

namespace cnpg {

namespace {

using CharTest = std::function<bool(QChar)>;

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}
bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isAsciiAlnum(QChar c)
{
    return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c);
}
bool isLowerAlnum(QChar c)
{
    return isAsciiLower(c) || isAsciiDigit(c);
}

enum class Edge
{
    Any,
    Letter,
    LowerLetter,
    Alnum,
    AlnumOrUnderscore
};

// An Azure or Kubernetes naming rule: a length range, an allowed character set and what the
// first and last characters must be.
struct NameRule
{
    int min;
    int max;
    CharTest allowed;
    Edge start = Edge::Any;
    Edge end = Edge::Any;
    bool noConsecutiveHyphens = false;
    bool noTrailingPeriod = false;
};

bool edgeOk(Edge e, QChar c, const CharTest& alnum)
{
    switch (e) {
    case Edge::Any:
        return true;
    case Edge::Letter:
        return isAsciiLower(c) || isAsciiUpper(c);
    case Edge::LowerLetter:
        return isAsciiLower(c);
    case Edge::Alnum:
        return alnum(c);
    case Edge::AlnumOrUnderscore:
        return alnum(c) || c == QLatin1Char('_');
    }
    return true;
}

SettingErrors checkName(const FieldSpec& spec, const QString& v, const NameRule& r,
                        const CharTest& alnum = isAsciiAlnum)
{
    const QString& f = spec.key;
    if (v.size() < r.min)
        return {{f, SettingErrorCode::TooShort, r.min, r.max, {}}};
    if (v.size() > r.max)
        return {{f, SettingErrorCode::TooLong, r.min, r.max, {}}};
    for (QChar c : v) {
        if (!r.allowed(c))
            return {{f, SettingErrorCode::InvalidCharacters, r.min, r.max, QString(c)}};
    }
    if (!edgeOk(r.start, v.front(), alnum)) {
        const auto code = (r.start == Edge::Letter || r.start == Edge::LowerLetter)
                              ? SettingErrorCode::MustStartWithLetter
                              : SettingErrorCode::MustStartAlphanumeric;
        return {{f, code, r.min, r.max, {}}};
    }
    if (r.noTrailingPeriod && v.endsWith(QLatin1Char('.')))
        return {{f, SettingErrorCode::MustNotEndWithPeriod, r.min, r.max, {}}};
    if (!edgeOk(r.end, v.back(), alnum))
        return {{f, SettingErrorCode::MustEndAlphanumeric, r.min, r.max, {}}};
    if (r.noConsecutiveHyphens && v.contains(QLatin1String("--")))
        return {{f, SettingErrorCode::ConsecutiveHyphens, r.min, r.max, {}}};
    return {};
}

CharTest anyOf(CharTest base, const char* extra)
{
    const QString more = QString::fromLatin1(extra);
    return [base, more](QChar c) { return base(c) || more.contains(c); };
}

SettingErrors checkChoice(const FieldSpec& spec, const QString& v, const QStringList& choices)
{
    if (choices.contains(v))
        return {};
    return {{spec.key, SettingErrorCode::InvalidChoice, 0, 0, choices.join(QLatin1String(", "))}};
}

bool isIpv4(const QString& s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (QChar c : p) {
            if (!isAsciiDigit(c))
                return false;
        }
        if (p.size() > 1 && p.front() == QLatin1Char('0'))
            return false; // leading zeros are read as octal by some tools
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

SettingErrors checkClientIp(const FieldSpec& spec, const QString& v)
{
    const QStringList entries = v.split(QLatin1Char(','));
    for (const QString& raw : entries) {
        const QString e = raw.trimmed();
        if (!FieldValidator::isIpv4OrCidr(e))
            return {{spec.key, SettingErrorCode::InvalidAddress, 0, 0, e}};
    }
    return {};
}

SettingErrors checkTags(const FieldSpec& spec, const QString& v)
{
    QSet<QString> seen;
    const QStringList entries = v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& e : entries) {
        const int eq = e.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? e : e.left(eq);
        const QString value = eq < 0 ? QString() : e.mid(eq + 1);
        // Azure: names up to 512 characters without < > % & \ ? /, values up to 256.
        static const QString forbidden = QStringLiteral("<>%&\\?/");
        bool bad = eq <= 0 || key.size() > 512 || value.size() > 256;
        // Names never hold format characters: a right-to-left override (U+202E) or a
        // zero-width space makes the name in the script read otherwise than it is. (Values may:
        // right-to-left text needs its marks.)
        for (QChar c : key)
            bad = bad || forbidden.contains(c) || c.category() == QChar::Other_Format;
        if (bad)
            return {{spec.key, SettingErrorCode::InvalidTag, 0, 0, e}};
        const QString folded = key.toLower(); // Azure tag names are case-insensitive
        if (seen.contains(folded))
            return {{spec.key, SettingErrorCode::DuplicateTag, 0, 0, key}};
        seen.insert(folded);
    }
    return {};
}

SettingErrors checkZones(const FieldSpec& spec, const QString& v)
{
    QSet<QString> seen;
    const QStringList entries = v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& z : entries) {
        if ((z != QLatin1String("1") && z != QLatin1String("2") && z != QLatin1String("3")) ||
            seen.contains(z))
            return {{spec.key, SettingErrorCode::InvalidZones, 0, 0, z}};
        seen.insert(z);
    }
    return {};
}

// "linux_amd64=<64 hex digits> darwin_arm64=...": krew's platforms, each once.
SettingErrors checkChecksums(const FieldSpec& spec, const QString& v)
{
    static const QRegularExpression entry(QStringLiteral("^[a-z0-9]+_[a-z0-9]+=[0-9a-f]{64}$"));
    QSet<QString> seen;
    const QStringList entries = v.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (entries.isEmpty())
        return {{spec.key, SettingErrorCode::Required, 0, 0, {}}};
    for (const QString& e : entries) {
        const QString platform = e.section(QLatin1Char('='), 0, 0);
        if (!entry.match(e).hasMatch() || seen.contains(platform))
            return {{spec.key, SettingErrorCode::InvalidChecksums, 0, 0, e}};
        seen.insert(platform);
    }
    return {};
}

SettingErrors checkUrl(const FieldSpec& spec, const QString& v)
{
    // RFC 3986 characters only; quotes, spaces, backslashes and braces are never part of a URL.
    static const QRegularExpression shape(QStringLiteral(
        "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?$"));
    const QUrl url(v, QUrl::StrictMode);
    if (!shape.match(v).hasMatch() || !url.isValid() || url.host().isEmpty())
        return {{spec.key, SettingErrorCode::InvalidUrl, 0, 0, {}}};
    return {};
}

SettingErrors checkPattern(const FieldSpec& spec, const QString& v, const QString& pattern,
                           SettingErrorCode code, const QString& example = QString())
{
    const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'));
    if (re.match(v).hasMatch())
        return {};
    return {{spec.key, code, 0, 0, example}};
}

// The Cluster manifest's values, in the forms the API server and the operator accept (a size
// without its unit, "64", would be 64 bytes).
SettingErrors checkClusterValue(const FieldSpec& spec, const QString& v)
{
    const auto F = SettingErrorCode::InvalidFormat;
    switch (spec.rule) {
    case FieldRule::ContainerImage: // Docker's reference grammar, lower-case repository
        return checkPattern(spec, v,
                            QStringLiteral("[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?"
                                           "(/[a-z0-9]+([._-][a-z0-9]+)*)*"
                                           "(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
                                           "(@sha256:[a-f0-9]{64})?"),
                            F,
                            QStringLiteral("ghcr.io/cloudnative-pg/postgresql:18-system-trixie"));
    case FieldRule::StorageSize:
        return checkPattern(spec, v, QStringLiteral("[1-9][0-9]{0,5}(Mi|Gi|Ti)"), F,
                            QStringLiteral("64Gi"));
    case FieldRule::MemoryQuantity:
        return checkPattern(spec, v, QStringLiteral("[1-9][0-9]{0,6}(Mi|Gi)"), F,
                            QStringLiteral("8Gi"));
    case FieldRule::CpuQuantity:
        return checkPattern(
            spec, v, QStringLiteral("([1-9][0-9]{0,3}|[0-9]{1,4}\\.[0-9]{1,3}|[1-9][0-9]{0,6}m)"),
            F, QStringLiteral("2, 0.5, 500m"));
    case FieldRule::RetentionPolicy:
        return checkPattern(spec, v, QStringLiteral("[1-9][0-9]*[dwm]"), F,
                            QStringLiteral("7d, 4w, 1m"));
    default:
        return {};
    }
}

// The field's own rule (names, addresses, choices...), once the value is known to be text.
SettingErrors checkRule(const FieldSpec& spec, const QString& v)
{
    using R = FieldRule;
    const CharTest lowerAlnum = isLowerAlnum;
    const CharTest lowerAlnumHyphen = anyOf(isLowerAlnum, "-");
    const CharTest alnumHyphen = anyOf(isAsciiAlnum, "-");
    const CharTest alnumHyphenUnderscore = anyOf(isAsciiAlnum, "-_");
    switch (spec.rule) {
    case R::Suffix:
        return checkName(spec, v, {1, 16, lowerAlnum});
    case R::LocalName:
        return checkName(spec, v, {1, 16, lowerAlnumHyphen, Edge::LowerLetter, Edge::Alnum, true});
    case R::ResourceGroup: {
        // Azure allows Unicode letters and digits in resource group names: .NET's
        // Char.IsLetterOrDigit, i.e. letters and decimal digits, not other numbers such as ² or Ⅲ.
        const CharTest allowed = [](QChar c) {
            return c.isLetter() || c.isDigit() || QStringLiteral("_()-.").contains(c);
        };
        return checkName(spec, v, {1, 90, allowed, Edge::Any, Edge::Any, false, true});
    }
    case R::AksCluster:
        return checkName(spec, v, {1, 63, alnumHyphenUnderscore, Edge::Alnum, Edge::Alnum});
    case R::FederatedCredential:
        return checkName(spec, v, {3, 120, alnumHyphenUnderscore, Edge::Alnum});
    case R::DnsPrefix:
        return checkName(spec, v, {1, 54, alnumHyphen, Edge::Alnum, Edge::Alnum});
    case R::ManagedIdentity:
        return checkName(spec, v, {3, 128, alnumHyphenUnderscore, Edge::Alnum});
    case R::Namespace:
    case R::PostgresClusterName:
    case R::HelmRepoName:
        return checkName(spec, v, {1, 63, lowerAlnumHyphen, Edge::Alnum, Edge::Alnum}, lowerAlnum);
    case R::HelmReleaseName:
        return checkName(spec, v, {1, 53, lowerAlnumHyphen, Edge::Alnum, Edge::Alnum}, lowerAlnum);
    case R::HelmChartName:
        return checkName(spec, v, {1, 63, lowerAlnumHyphen, Edge::LowerLetter, Edge::Alnum},
                         lowerAlnum);
    case R::StorageAccount:
        return checkName(spec, v, {3, 24, lowerAlnum});
    case R::BlobContainer:
        return checkName(spec, v, {3, 63, lowerAlnumHyphen, Edge::Alnum, Edge::Alnum, true},
                         lowerAlnum);
    case R::NodePool:
        return checkName(spec, v, {1, 12, lowerAlnum, Edge::LowerLetter});
    case R::Grafana:
        return checkName(spec, v, {2, 23, alnumHyphen, Edge::Letter, Edge::Alnum});
    case R::MonitorWorkspace:
        return checkName(spec, v, {4, 44, alnumHyphen, Edge::Alnum, Edge::Alnum});
    case R::LogAnalyticsWorkspace:
        return checkName(spec, v, {4, 63, alnumHyphen, Edge::Alnum, Edge::Alnum});
    case R::PublicIpName:
        return checkName(spec, v,
                         {1, 80, anyOf(isAsciiAlnum, "._-"), Edge::Alnum, Edge::AlnumOrUnderscore});
    case R::Region:
        if (!AzureRegions::isKnown(v))
            return {{spec.key, SettingErrorCode::UnknownRegion, 0, 0, v}};
        return {};
    case R::KubernetesVersion:
        return checkPattern(spec, v, QStringLiteral("[1-9][0-9]*\\.[0-9]+(\\.[0-9]+)?"),
                            SettingErrorCode::InvalidVersion);
    case R::HelmChartVersion:
        return checkPattern(spec, v,
                            QStringLiteral("v?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?"),
                            SettingErrorCode::InvalidVersion);
    case R::VmSize:
        // Constrained-vCPU sizes carry a hyphen: Standard_E4-2ds_v5, Standard_M416-208s_v2.
        return checkPattern(
            spec, v, QStringLiteral("(?i)(standard|basic)_[a-z0-9]+(-[a-z0-9]+)*(_[a-z0-9]+)*"),
            SettingErrorCode::InvalidVmSize);
    case R::Boolean:
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return {{spec.key, SettingErrorCode::InvalidBoolean, 0, 0, {}}};
        return {};
    case R::NodeCount: {
        // Plain decimal only: toInt() alone also takes " 3", "+3" and "03", which would reach the
        // command line as typed and not survive the settings file's JSON numbers unchanged.
        static const QRegularExpression decimal(QStringLiteral("^[1-9][0-9]{0,3}$"));
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!decimal.match(v).hasMatch() || !ok || n < 1 || n > 1000)
            return {{spec.key, SettingErrorCode::OutOfRange, 1, 1000, {}}};
        return {};
    }
    case R::ClientIp:
        return checkClientIp(spec, v);
    case R::Tags:
        return checkTags(spec, v);
    case R::Zones:
        return checkZones(spec, v);
    case R::AksTier:
        return checkChoice(
            spec, v,
            {QStringLiteral("free"), QStringLiteral("standard"), QStringLiteral("premium")});
    case R::StorageSku:
        return checkChoice(spec, v,
                           {QStringLiteral("Standard_LRS"), QStringLiteral("Standard_ZRS"),
                            QStringLiteral("Standard_GRS"), QStringLiteral("Standard_GZRS"),
                            QStringLiteral("Standard_RAGRS"), QStringLiteral("Standard_RAGZRS"),
                            QStringLiteral("Premium_LRS"), QStringLiteral("Premium_ZRS")});
    case R::StorageKind:
        return checkChoice(spec, v,
                           {QStringLiteral("StorageV2"), QStringLiteral("BlockBlobStorage"),
                            QStringLiteral("BlobStorage"), QStringLiteral("Storage")});
    case R::HttpsUrl:
        return checkUrl(spec, v);
    case R::AksSupportPlan: // az's KubernetesSupportPlan values
        return checkChoice(
            spec, v, {QStringLiteral("KubernetesOfficial"), QStringLiteral("AKSLongTermSupport")});
    case R::KrewVersion: // a release tag, as in .../releases/download/v0.5.0/
        return checkPattern(spec, v, QStringLiteral("v[0-9]+\\.[0-9]+\\.[0-9]+"),
                            SettingErrorCode::InvalidVersion);
    case R::KrewChecksums:
        return checkChecksums(spec, v);
    case R::ContainerImage:
    case R::StorageSize:
    case R::MemoryQuantity:
    case R::CpuQuantity:
    case R::RetentionPolicy:
        return checkClusterValue(spec, v);
    case R::BackupSchedule:
        if (CronSchedule::isValid(v))
            return {};
        return {
            {spec.key, SettingErrorCode::InvalidSchedule, 0, 0, QStringLiteral("0 15 * ? * *")}};
    case R::StorageClass:
        return checkName(spec, v, {1, 253, anyOf(lowerAlnum, "-."), Edge::Alnum, Edge::Alnum},
                         lowerAlnum);
    case R::SubscriptionId: // a GUID, as `az account list` gives it
        return checkName(spec, v, {36, 36, anyOf(isAsciiDigit, "abcdefABCDEF-"), Edge::Alnum,
                                   Edge::Alnum});
    }
    return {};
}

} // namespace

bool FieldValidator::isIpv4OrCidr(const QString& e)
{
    const int slash = e.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return isIpv4(e);
    const QString bits = e.mid(slash + 1);
    bool ok = false;
    const int n = bits.toInt(&ok);
    if (!isIpv4(e.left(slash)) || !ok || bits.isEmpty() || bits.size() > 2 ||
        !isAsciiDigit(bits.front()) || n < 0 || n > 32)
        return false;
    // az reads the ranges with Python's strict ip_network(), which refuses host bits beside the
    // prefix (1.2.3.4/24); accepting them here would fail only at `az aks create`.
    quint32 address = 0;
    for (const QString& octet : e.left(slash).split(QLatin1Char('.')))
        address = (address << 8) | octet.toUInt();
    const quint32 hostMask = n == 0 ? 0xffffffffu : (quint32(1) << (32 - n)) - 1;
    return (address & hostMask) == 0;
}

SettingErrors FieldValidator::validate(const FieldSpec& spec, const QString& value)
{
    const QString& v = value;
    if (v.isEmpty()) {
        if (spec.optional)
            return {};
        return {{spec.key, SettingErrorCode::Required, 0, 0, {}}};
    }
    if (!v.isValidUtf16()) // a lone surrogate would reach the script as '?'
        return {{spec.key, SettingErrorCode::InvalidUnicode, 0, 0, {}}};
    for (QChar c : v) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return {{spec.key, SettingErrorCode::ControlCharacters, 0, 0, {}}};
    }
    const SettingErrors errors = checkRule(spec, v);
    if (!errors.isEmpty())
        return errors;
    // Every value is an argument of az, kubectl or helm (lists: each entry is one): a leading
    // hyphen that the field's own rule lets through (a resource group, a tag) would make it an
    // option ("--debug", "-h", "--").
    const QStringList entries =
        spec.isList ? v.split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList{v};
    for (const QString& e : entries) {
        if (e.startsWith(QLatin1Char('-')))
            return {{spec.key, SettingErrorCode::StartsWithHyphen, 0, 0, {}}};
    }
    return {};
}

} // namespace cnpg

