// The rows of tst_fieldvalidator; see FieldValidatorCases.h.
#include "FieldValidatorCases.h"

#include "settings/SettingsSchema.h"

#include <QTest>

using namespace cnpg;
using C = SettingErrorCode;

QString printableValue(const QString& v)
{
    QString out;
    for (QChar c : v) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line)
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (out.isEmpty())
        return QStringLiteral("(empty)");
    if (out.size() > 28)
        return out.left(12) + QStringLiteral("…(%1 chars)").arg(v.size());
    return out;
}

namespace {

QString repeat(QChar c, int n)
{
    return QString(n, c);
}

// n characters: `first`, then `body` repeated, then `last` (for mixed values at the maximum).
QString shaped(int n, QChar first, const QString& body, QChar last)
{
    QString out(first);
    while (out.size() < n - 1)
        out += body.at((out.size() - 1) % body.size());
    out += last;
    return out.left(n);
}

class Cases
{
public:
    // The rows of one field. A naming rule reports its length range with every error, so the
    // builder adds min/max to each expected error.
    class Field
    {
    public:
        Field(Cases& cases, const QString& key, int min, int max)
            : m_cases(cases)
            , m_key(key)
            , m_min(min)
            , m_max(max)
        {}
        Field& ok(const QString& value)
        {
            m_cases.add(FieldCase{m_key, value, {}});
            return *this;
        }
        Field& bad(const QString& value, C code, const QString& detail = QString())
        {
            m_cases.add(FieldCase{m_key, value, {{m_key, code, m_min, m_max, detail}}});
            return *this;
        }
        // min-1, min, max and max+1 characters (the empty string is Required, not TooShort).
        Field& lengths()
        {
            if (m_min > 1)
                bad(repeat(QLatin1Char('a'), m_min - 1), C::TooShort);
            else
                m_cases.add(FieldCase{m_key, QString(), {{m_key, C::Required, 0, 0, {}}}});
            ok(repeat(QLatin1Char('a'), m_min));
            ok(repeat(QLatin1Char('a'), m_max));
            bad(repeat(QLatin1Char('a'), m_max + 1), C::TooLong);
            bad(repeat(QLatin1Char('a'), m_max + 50), C::TooLong);
            return *this;
        }

    private:
        Cases& m_cases;
        QString m_key;
        int m_min;
        int m_max;
    };

    Field name(const QString& key, int min, int max) { return Field(*this, key, min, max); }
    Field plain(const QString& key) { return Field(*this, key, 0, 0); }

    void add(const FieldCase& c)
    {
        QVERIFY2(SettingsSchema::find(c.key), qPrintable(c.key));
        list.append(c);
    }

    QList<FieldCase> list;
};

} // namespace

QList<FieldCase> fieldValidatorCases()
{
    Cases cs;
    const QString alnum = QStringLiteral("aZ9");

    cs.name(keys::Suffix, 1, 16)
        .lengths()
        .ok(QStringLiteral("abc12345"))
        .ok(QStringLiteral("0123"))
        .bad(QStringLiteral("abC12345"), C::InvalidCharacters, QStringLiteral("C"))
        .bad(QStringLiteral("ab-c"), C::InvalidCharacters, QStringLiteral("-"))
        .bad(QStringLiteral("ab_c"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("abé"), C::InvalidCharacters, QStringLiteral("é"));

    cs.name(keys::LocalName, 1, 16)
        .lengths()
        .ok(QStringLiteral("cnpg"))
        .ok(QStringLiteral("my-app2"))
        .ok(shaped(16, QLatin1Char('a'), QStringLiteral("b-9"), QLatin1Char('z')))
        .bad(QStringLiteral("Cnpg"), C::InvalidCharacters, QStringLiteral("C"))
        .bad(QStringLiteral("cn_pg"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("cn.pg"), C::InvalidCharacters, QStringLiteral("."))
        .bad(QStringLiteral("1cnpg"), C::MustStartWithLetter)
        .bad(QStringLiteral("-cnpg"), C::MustStartWithLetter)
        .bad(QStringLiteral("cnpg-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("cn--pg"), C::ConsecutiveHyphens);

    // 1-90 letters, digits, _ ( ) - . (Unicode letters and decimal digits, as .NET's
    // Char.IsLetterOrDigit), not ending in a period.
    for (const QString& key : {keys::ResourceGroup, keys::ManagedRg}) {
        cs.name(key, 1, 90)
            .lengths()
            .ok(QStringLiteral("rg-cnpg-abc12345"))
            .ok(QStringLiteral("RG_(test).v2"))
            // Azure takes "-rg", but az would read it as an option: see leadingHyphen.
            .ok(QStringLiteral("(rg)"))
            .ok(QStringLiteral("réseau-données"))
            .ok(QStringLiteral("資源群組"))
            .ok(QStringLiteral("rg\u0663")) // ARABIC-INDIC DIGIT THREE: a decimal digit
            .ok(shaped(90, QLatin1Char('a'), QStringLiteral("Z9_()-."), QLatin1Char('z')))
            .bad(QStringLiteral("rg."), C::MustNotEndWithPeriod)
            .bad(QStringLiteral("."), C::MustNotEndWithPeriod)
            .bad(QStringLiteral("rg name"), C::InvalidCharacters, QStringLiteral(" "))
            .bad(QStringLiteral("rg/x"), C::InvalidCharacters, QStringLiteral("/"))
            .bad(QStringLiteral("rg#1"), C::InvalidCharacters, QStringLiteral("#"))
            .bad(QStringLiteral("rg$x"), C::InvalidCharacters, QStringLiteral("$"))
            .bad(QStringLiteral("rg'x"), C::InvalidCharacters, QStringLiteral("'"))
            .bad(QStringLiteral("rg\u00b2"), C::InvalidCharacters, QStringLiteral("\u00b2"))
            .bad(QStringLiteral("rg\u2162"), C::InvalidCharacters, QStringLiteral("\u2162"))
            .bad(QStringLiteral("rg\u200bx"), C::InvalidCharacters, QStringLiteral("\u200b"));
    }

    cs.plain(keys::Region)
        .ok(QStringLiteral("westus3"))
        .ok(QStringLiteral("eastus"))
        .ok(QStringLiteral("westus")) // known; that it has no zones is a cross-field matter
        .bad(QStringLiteral("WestUS3"), C::UnknownRegion, QStringLiteral("WestUS3"))
        .bad(QStringLiteral("West US 3"), C::UnknownRegion, QStringLiteral("West US 3"))
        .bad(QStringLiteral("westus3 "), C::UnknownRegion, QStringLiteral("westus3 "))
        .bad(QStringLiteral("mars"), C::UnknownRegion, QStringLiteral("mars"));

    cs.name(keys::ClusterName, 1, 63)
        .lengths()
        .ok(QStringLiteral("aks-primary-cnpg-abc12345"))
        .ok(QStringLiteral("AKS_Cluster-1"))
        .ok(QStringLiteral("1aks"))
        .ok(shaped(63, QLatin1Char('a'), QStringLiteral("-_B9"), QLatin1Char('z')))
        .bad(QStringLiteral("-aks"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("_aks"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("aks-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("aks_"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("aks.x"), C::InvalidCharacters, QStringLiteral("."))
        .bad(QStringLiteral("aks x"), C::InvalidCharacters, QStringLiteral(" "))
        .bad(QStringLiteral("äks"), C::InvalidCharacters, QStringLiteral("ä"));

    cs.name(keys::FedCredential, 3, 120)
        .lengths()
        .ok(QStringLiteral("pg-primary-fedcred1-cnpg-abc12345"))
        .ok(QStringLiteral("Fed_Cred-"))
        .bad(QStringLiteral("-fed"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("_fed"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("fed.x"), C::InvalidCharacters, QStringLiteral("."))
        .bad(QStringLiteral("fed/x"), C::InvalidCharacters, QStringLiteral("/"));

    cs.name(keys::DnsPrefix, 1, 54)
        .lengths()
        .ok(QStringLiteral("a0123456789"))
        .ok(QStringLiteral("My-Prefix1"))
        .ok(shaped(54, QLatin1Char('A'), QStringLiteral("-b9"), QLatin1Char('0')))
        .bad(QStringLiteral("-a"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("a-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("a_b"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("a.b"), C::InvalidCharacters, QStringLiteral("."));

    cs.name(keys::IdentityName, 3, 128)
        .lengths()
        .ok(QStringLiteral("mi-aks-cnpg-abc12345"))
        .ok(QStringLiteral("MI_aks-"))
        .ok(QStringLiteral("1mi"))
        .ok(shaped(128, QLatin1Char('a'), QStringLiteral("-_Z9"), QLatin1Char('_')))
        .bad(QStringLiteral("-mi"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("_mi"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("mi.x"), C::InvalidCharacters, QStringLiteral("."))
        .bad(QStringLiteral("mi x"), C::InvalidCharacters, QStringLiteral(" "));

    cs.plain(keys::ClusterVersion)
        .ok(QStringLiteral("1.29"))
        .ok(QStringLiteral("1.29.2"))
        .ok(QStringLiteral("1.30"))
        .ok(QStringLiteral("10.0"));
    for (const char* v : {"1", "1.", "v1.29", "1.29.", "1.29.2.1", "01.29", "latest", "1.x",
                          "1.29-rc", " 1.29", "1,29"})
        cs.plain(keys::ClusterVersion).bad(QString::fromLatin1(v), C::InvalidVersion);

    // RFC 1123 labels: 1-63 lowercase letters, digits and hyphens, alphanumeric at both ends.
    for (const QString& key :
         {keys::PgNamespace, keys::PgSystemNamespace, keys::PgClusterName, keys::HelmRepoName}) {
        cs.name(key, 1, 63)
            .lengths()
            .ok(QStringLiteral("cnpg-database"))
            .ok(QStringLiteral("1ns"))
            .ok(QStringLiteral("a--b"))
            .ok(shaped(63, QLatin1Char('a'), QStringLiteral("-b9"), QLatin1Char('9')))
            .bad(QStringLiteral("Cnpg"), C::InvalidCharacters, QStringLiteral("C"))
            .bad(QStringLiteral("-ns"), C::MustStartAlphanumeric)
            .bad(QStringLiteral("ns-"), C::MustEndAlphanumeric)
            .bad(QStringLiteral("ns_x"), C::InvalidCharacters, QStringLiteral("_"))
            .bad(QStringLiteral("ns.x"), C::InvalidCharacters, QStringLiteral("."))
            .bad(QStringLiteral("ns/x"), C::InvalidCharacters, QStringLiteral("/"));
    }

    cs.name(keys::StorageAccount, 3, 24)
        .lengths()
        .ok(QStringLiteral("hacnpgpsaabc12345"))
        .ok(QStringLiteral("123"))
        .ok(QStringLiteral("hacnpgpsa012345678901234").left(24))
        .bad(QStringLiteral("Hacnpg"), C::InvalidCharacters, QStringLiteral("H"))
        .bad(QStringLiteral("ha-cnpg"), C::InvalidCharacters, QStringLiteral("-"))
        .bad(QStringLiteral("ha_cnpg"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("ha.cnpg"), C::InvalidCharacters, QStringLiteral("."))
        .bad(QStringLiteral("hä1"), C::InvalidCharacters, QStringLiteral("ä"));

    cs.name(keys::BackupContainer, 3, 63)
        .lengths()
        .ok(QStringLiteral("backups"))
        .ok(QStringLiteral("pg-backups-1"))
        .ok(QStringLiteral("1ab"))
        .bad(QStringLiteral("Backups"), C::InvalidCharacters, QStringLiteral("B"))
        .bad(QStringLiteral("back_ups"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("-backups"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("backups-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("back--ups"), C::ConsecutiveHyphens)
        .bad(QStringLiteral("a--"), C::MustEndAlphanumeric);

    cs.plain(keys::PvcUpdates).ok(QStringLiteral("true")).ok(QStringLiteral("false"));
    for (const char* v : {"True", "TRUE", "1", "0", "yes", "false ", "on"})
        cs.plain(keys::PvcUpdates).bad(QString::fromLatin1(v), C::InvalidBoolean);

    // An IPv4 address or a comma-separated list of addresses and CIDR blocks, as
    // `az aks create --api-server-authorized-ip-ranges` reads it (entries trimmed, Python's
    // strict ip_network: no host bits beside the prefix).
    {
        auto ip = cs.plain(keys::ClientIp);
        ip.bad(QString(), C::Required);
        for (const char* v : {"203.0.113.7", "1.2.3.4,5.6.7.0/24", "1.2.3.4, 5.6.7.0/24",
                              "0.0.0.0/0", "255.255.255.255", "0.0.0.0", "10.0.0.0/8", "1.2.3.4/32",
                              "1.2.3.4,5.6.7.8,9.10.11.12", "100.64.0.0/10"})
            ip.ok(QString::fromLatin1(v));
        const QList<QPair<const char*, const char*>> bad = {
            {"256.1.1.1", "256.1.1.1"},
            {"1.2.3.999", "1.2.3.999"},
            {"1.2.3", "1.2.3"},
            {"1.2.3.4.5", "1.2.3.4.5"},
            {"01.2.3.4", "01.2.3.4"},
            {"1.2.3.04", "1.2.3.04"},
            {"1.2.3.4/33", "1.2.3.4/33"},
            {"1.2.3.0/", "1.2.3.0/"},
            {"1.2.3.0/-1", "1.2.3.0/-1"},
            {"1.2.3.0/+8", "1.2.3.0/+8"},
            {"1.2.3.0/024", "1.2.3.0/024"},
            {"1.2.3.0/24/1", "1.2.3.0/24/1"},
            {"5.6.7.1/24", "5.6.7.1/24"},
            {"1.2.3.4/0", "1.2.3.4/0"},
            {"1.2.3.4,,5.6.7.8", ""},
            {"1.2.3.4,", ""},
            {",1.2.3.4", ""},
            {" ", ""},
            {"::1", "::1"},
            {"2001:db8::/32", "2001:db8::/32"},
            {"1.2.3.4,2001:db8::1", "2001:db8::1"},
            {"1.2.3.4;5.6.7.8", "1.2.3.4;5.6.7.8"},
            {"1.2.3.4 5.6.7.8", "1.2.3.4 5.6.7.8"},
            {"1.2.3.4,bad,worse", "bad"},
            {"a.b.c.d", "a.b.c.d"},
            {"1.2.3.4$(id)", "1.2.3.4$(id)"},
        };
        for (const auto& [value, detail] : bad)
            ip.bad(QString::fromUtf8(value), C::InvalidAddress, QString::fromUtf8(detail));
        ip.bad(QStringLiteral("\uff11.2.3.4"), C::InvalidAddress, QStringLiteral("\uff11.2.3.4"));
    }

    // The shape of an Azure VM size; constrained-vCPU sizes carry a hyphen (Standard_E4-2ds_v5).
    for (const char* v : {"standard_d2s_v3", "Standard_D4s_v3", "STANDARD_D4S_V3", "Basic_A0",
                          "Standard_NC24ads_A100_v4", "Standard_E4-2ds_v5", "Standard_M416-208s_v2",
                          "Standard_DS11-1_v2"}) {
        cs.plain(keys::SystemVmSku).ok(QString::fromLatin1(v));
        cs.plain(keys::UserVmSku).ok(QString::fromLatin1(v));
    }
    for (const char* v : {"d4s_v3", "Standard", "Standard_", "Standard__D4", "Standard_D4s_",
                          "Standard_D4s v3", "Standard_D4s;v3", "Premium_D4", "Standard_-D4",
                          "Standard_D4-", "Standard_D4--2s", "Standard_D4s_v3$(id)"}) {
        cs.plain(keys::SystemVmSku).bad(QString::fromLatin1(v), C::InvalidVmSize);
        cs.plain(keys::UserVmSku).bad(QString::fromLatin1(v), C::InvalidVmSize);
    }

    cs.name(keys::UserPoolName, 1, 12)
        .lengths()
        .ok(QStringLiteral("postgres"))
        .ok(QStringLiteral("pool1"))
        .ok(QStringLiteral("p12345678901"))
        .bad(QStringLiteral("Postgres"), C::InvalidCharacters, QStringLiteral("P"))
        .bad(QStringLiteral("pg-pool"), C::InvalidCharacters, QStringLiteral("-"))
        .bad(QStringLiteral("pg_pool"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("1pool"), C::MustStartWithLetter);

    cs.name(keys::Grafana, 2, 23)
        .lengths()
        .ok(QStringLiteral("grafana-cnpg-abc12345"))
        .ok(QStringLiteral("Grafana1"))
        .ok(QStringLiteral("g-1"))
        .ok(shaped(23, QLatin1Char('G'), QStringLiteral("-a9"), QLatin1Char('9')))
        .bad(QStringLiteral("1grafana"), C::MustStartWithLetter)
        .bad(QStringLiteral("-grafana"), C::MustStartWithLetter)
        .bad(QStringLiteral("grafana-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("gra_fana"), C::InvalidCharacters, QStringLiteral("_"))
        .bad(QStringLiteral("gra.fana"), C::InvalidCharacters, QStringLiteral("."));

    for (const auto& [key, max] : {qMakePair(keys::Amw, 44), qMakePair(keys::Ala, 63)}) {
        cs.name(key, 4, max)
            .lengths()
            .ok(QStringLiteral("amw-cnpg-abc12345"))
            .ok(QStringLiteral("1Amw"))
            .ok(shaped(max, QLatin1Char('1'), QStringLiteral("-aZ"), QLatin1Char('Z')))
            .bad(QStringLiteral("-amw"), C::MustStartAlphanumeric)
            .bad(QStringLiteral("amw-"), C::MustEndAlphanumeric)
            .bad(QStringLiteral("amw_x"), C::InvalidCharacters, QStringLiteral("_"))
            .bad(QStringLiteral("amw.x"), C::InvalidCharacters, QStringLiteral("."));
    }

    cs.name(keys::PublicIpName, 1, 80)
        .lengths()
        .ok(QStringLiteral("aks-primary-cnpg-abc12345-pip"))
        .ok(QStringLiteral("pip_"))
        .ok(QStringLiteral("P.i-p_1"))
        .ok(shaped(80, QLatin1Char('a'), QStringLiteral(".-_9"), QLatin1Char('_')))
        .bad(QStringLiteral("_pip"), C::MustStartAlphanumeric)
        .bad(QStringLiteral(".pip"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("pip."), C::MustEndAlphanumeric)
        .bad(QStringLiteral("pip-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("pip ip"), C::InvalidCharacters, QStringLiteral(" "))
        .bad(QStringLiteral("pip/1"), C::InvalidCharacters, QStringLiteral("/"));

    // Node counts: whole numbers 1..1000 in plain decimal, the form the file stores as a number.
    for (const QString& key :
         {keys::SystemMinCount, keys::SystemMaxCount, keys::UserMinCount, keys::UserMaxCount}) {
        Cases::Field count(cs, key, 1, 1000);
        count.ok(QStringLiteral("1")).ok(QStringLiteral("3")).ok(QStringLiteral("1000"));
        for (const char* v :
             {"0", "1001", "-1", "abc", "2.5", "1e3", " 3", "3 ", "+3", "03", "0x3", "99999999999"})
            count.bad(QString::fromLatin1(v), C::OutOfRange);
        cs.add(FieldCase{key, QString(), {{key, C::Required, 0, 0, {}}}});
    }

    // Zones: a subset of 1 2 3, space-separated, each at most once; empty means no zones.
    cs.plain(keys::Zones)
        .ok(QString())
        .ok(QStringLiteral("1 2 3"))
        .ok(QStringLiteral("1"))
        .ok(QStringLiteral("3 1"))
        .ok(QStringLiteral(" 2  3 "))
        .bad(QStringLiteral("1 1"), C::InvalidZones, QStringLiteral("1"))
        .bad(QStringLiteral("1 2 3 1"), C::InvalidZones, QStringLiteral("1"))
        .bad(QStringLiteral("4"), C::InvalidZones, QStringLiteral("4"))
        .bad(QStringLiteral("1 2 3 4"), C::InvalidZones, QStringLiteral("4"))
        .bad(QStringLiteral("0"), C::InvalidZones, QStringLiteral("0"))
        .bad(QStringLiteral("01"), C::InvalidZones, QStringLiteral("01"))
        .bad(QStringLiteral("1,2"), C::InvalidZones, QStringLiteral("1,2"))
        .bad(QStringLiteral("a"), C::InvalidZones, QStringLiteral("a"));

    const QString tiers = QStringLiteral("free, standard, premium");
    cs.plain(keys::Tier)
        .ok(QStringLiteral("free"))
        .ok(QStringLiteral("standard"))
        .ok(QStringLiteral("premium"))
        .bad(QStringLiteral("Standard"), C::InvalidChoice, tiers)
        .bad(QStringLiteral("basic"), C::InvalidChoice, tiers)
        .bad(QStringLiteral("standard "), C::InvalidChoice, tiers);

    const QString skus =
        QStringLiteral("Standard_LRS, Standard_ZRS, Standard_GRS, Standard_GZRS, "
                       "Standard_RAGRS, Standard_RAGZRS, Premium_LRS, Premium_ZRS");
    for (const QString& sku : skus.split(QStringLiteral(", ")))
        cs.plain(keys::StorageSku).ok(sku);
    cs.plain(keys::StorageSku)
        .bad(QStringLiteral("standard_zrs"), C::InvalidChoice, skus)
        .bad(QStringLiteral("Standard_XYZ"), C::InvalidChoice, skus);

    const QString kinds = QStringLiteral("StorageV2, BlockBlobStorage, BlobStorage, Storage");
    for (const QString& kind : kinds.split(QStringLiteral(", ")))
        cs.plain(keys::StorageKind).ok(kind);
    cs.plain(keys::StorageKind)
        .bad(QStringLiteral("storagev2"), C::InvalidChoice, kinds)
        .bad(QStringLiteral("FileStorage"), C::InvalidChoice, kinds);

    for (const char* v : {"https://cloudnative-pg.github.io/charts", "http://charts.example.com",
                          "https://example.com:8443/charts/", "https://example.com",
                          "https://example.com/a_b~c%20d"})
        cs.plain(keys::HelmRepoUrl).ok(QString::fromLatin1(v));
    for (const char* v :
         {"ftp://example.com/charts", "https://", "example.com/charts", "https://exa mple.com",
          "https://example.com/a\"b", "https://example.com/`id`", "javascript:alert(1)",
          "https://user@example.com/", "https://example.com/{x}", "https://example.com/a\\b",
          "file:///etc/passwd", "https://example.com:99999/", "https://example.com/?q=1#frag"})
        cs.plain(keys::HelmRepoUrl).bad(QString::fromLatin1(v), C::InvalidUrl);

    cs.name(keys::HelmChart, 1, 63)
        .lengths()
        .ok(QStringLiteral("cloudnative-pg"))
        .bad(QStringLiteral("1chart"), C::MustStartWithLetter)
        .bad(QStringLiteral("-chart"), C::MustStartWithLetter)
        .bad(QStringLiteral("chart-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("Chart"), C::InvalidCharacters, QStringLiteral("C"))
        .bad(QStringLiteral("cnpg/cloudnative-pg"), C::InvalidCharacters, QStringLiteral("/"));

    cs.name(keys::HelmRelease, 1, 53)
        .lengths()
        .ok(QStringLiteral("cnpg"))
        .ok(QStringLiteral("1cnpg"))
        .bad(QStringLiteral("-cnpg"), C::MustStartAlphanumeric)
        .bad(QStringLiteral("cnpg-"), C::MustEndAlphanumeric)
        .bad(QStringLiteral("CNPG"), C::InvalidCharacters, QStringLiteral("C"))
        .bad(QStringLiteral("cnpg.op"), C::InvalidCharacters, QStringLiteral("."));

    cs.plain(keys::HelmChartVersion)
        .bad(QString(), C::Required) // pinned: empty would install whatever is newest
        .ok(QStringLiteral("0.29.0"))
        .ok(QStringLiteral("0.22.1"))
        .ok(QStringLiteral("v0.22.1"))
        .ok(QStringLiteral("0.23.0-rc1"))
        .ok(QStringLiteral("1.0.0+build.5"));
    for (const char* v : {"0.22", "latest", "0.22.1 ", "^0.22.1", "0.22.x", "V0.22.1"})
        cs.plain(keys::HelmChartVersion).bad(QString::fromLatin1(v), C::InvalidVersion);

    const QString plans = QStringLiteral("KubernetesOfficial, AKSLongTermSupport");
    cs.plain(keys::SupportPlan)
        .ok(QStringLiteral("KubernetesOfficial"))
        .ok(QStringLiteral("AKSLongTermSupport"))
        .bad(QStringLiteral("LTS"), C::InvalidChoice, plans)
        .bad(QStringLiteral("aksLongTermSupport"), C::InvalidChoice, plans)
        .bad(QString(), C::Required);

    cs.plain(keys::KrewVersion)
        .ok(QStringLiteral("v0.5.0"))
        .ok(QStringLiteral("v0.4.5"))
        .bad(QStringLiteral("0.4.5"), C::InvalidVersion)
        .bad(QStringLiteral("latest"), C::InvalidVersion)
        .bad(QStringLiteral("v0.4"), C::InvalidVersion)
        .bad(QStringLiteral("v0.4.5/../x"), C::InvalidVersion)
        .bad(QString(), C::Required);

    const QString sumA = QString(64, QLatin1Char('a'));
    const QString sumB =
        QStringLiteral("5d5a221fffdf331d1c5c68d9917530ecd102e0def5b5a6d62eeed1c404efb28a");
    cs.plain(keys::KrewSha256)
        .ok(QStringLiteral("linux_amd64=") + sumB)
        .ok(QStringLiteral("linux_amd64=") + sumB + QStringLiteral(" darwin_arm64=") + sumA)
        .bad(QStringLiteral("linux_amd64=") + sumA.left(63), C::InvalidChecksums,
             QStringLiteral("linux_amd64=") + sumA.left(63))
        .bad(QStringLiteral("linux_amd64=") + sumA.toUpper(), C::InvalidChecksums,
             QStringLiteral("linux_amd64=") + sumA.toUpper())
        .bad(sumB, C::InvalidChecksums, sumB)
        .bad(QStringLiteral("linux_amd64=") + sumA + QStringLiteral(" linux_amd64=") + sumB,
             C::InvalidChecksums, QStringLiteral("linux_amd64=") + sumB)
        .bad(QString(), C::Required);

    // The PostgreSQL cluster's values, in the forms the API server and the operator take.
    {
        const QString image = QStringLiteral("ghcr.io/cloudnative-pg/postgresql:18-system-trixie");
        cs.plain(keys::PgImage)
            .ok(image)
            .ok(QStringLiteral("ghcr.io/cloudnative-pg/postgresql:17.5"))
            .ok(QStringLiteral("registry.example.com:5000/pg/postgresql:18"))
            .ok(QStringLiteral("postgres"))
            .ok(QStringLiteral("ghcr.io/cloudnative-pg/postgresql@sha256:") +
                QString(64, QLatin1Char('a')))
            .bad(QStringLiteral("postgres 18"), C::InvalidFormat, image)
            .bad(QStringLiteral("Ghcr.io/postgresql:18"), C::InvalidFormat, image)
            .bad(QStringLiteral("ghcr.io/postgresql:"), C::InvalidFormat, image)
            .bad(QString(), C::Required);
        const QString size = QStringLiteral("64Gi");
        cs.plain(keys::PgStorageSize)
            .ok(size)
            .ok(QStringLiteral("512Mi"))
            .ok(QStringLiteral("2Ti"))
            .bad(QStringLiteral("64"), C::InvalidFormat, size)
            .bad(QStringLiteral("64G"), C::InvalidFormat, size)
            .bad(QStringLiteral("64 Gi"), C::InvalidFormat, size)
            .bad(QStringLiteral("0Gi"), C::InvalidFormat, size)
            .bad(QStringLiteral("1.5Gi"), C::InvalidFormat, size)
            .bad(QString(), C::Required);
        const QString memory = QStringLiteral("8Gi");
        cs.plain(keys::PgMemory)
            .ok(memory)
            .ok(QStringLiteral("512Mi"))
            .bad(QStringLiteral("8"), C::InvalidFormat, memory)
            .bad(QStringLiteral("8GB"), C::InvalidFormat, memory)
            .bad(QStringLiteral("1Ti"), C::InvalidFormat, memory);
        const QString cpu = QStringLiteral("2, 0.5, 500m");
        cs.plain(keys::PgCpu)
            .ok(QStringLiteral("2"))
            .ok(QStringLiteral("0.5"))
            .ok(QStringLiteral("500m"))
            .bad(QStringLiteral("0"), C::InvalidFormat, cpu)
            .bad(QStringLiteral("two"), C::InvalidFormat, cpu)
            .bad(QStringLiteral("2 cores"), C::InvalidFormat, cpu)
            .bad(QStringLiteral(".5"), C::InvalidFormat, cpu);
        const QString retention = QStringLiteral("7d, 4w, 1m");
        cs.plain(keys::PgBackupRetention)
            .ok(QStringLiteral("7d"))
            .ok(QStringLiteral("4w"))
            .ok(QStringLiteral("12m"))
            .bad(QStringLiteral("7"), C::InvalidFormat, retention)
            .bad(QStringLiteral("0d"), C::InvalidFormat, retention)
            .bad(QStringLiteral("24h"), C::InvalidFormat, retention)
            .bad(QStringLiteral("7D"), C::InvalidFormat, retention);
        // CloudNativePG's cron: seconds first; a CronJob's five fields would shift every
        // field by one.
        const QString schedule = QStringLiteral("0 15 * ? * *");
        cs.plain(keys::PgBackupSchedule)
            .ok(schedule)
            .ok(QStringLiteral("0 0 3 * * SUN"))
            .ok(QStringLiteral("0 */30 1-5,22 1 JAN-MAR mon-fri"))
            .ok(QStringLiteral("@daily"))
            .bad(QStringLiteral("15 * * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 15 * ? * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 60 * * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 0 24 * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 0 0 0 * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 0 0 * 13 *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 0 0 * * 7"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 5-1 * * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 */0 * * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0  15 * * * *"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("@every 1h"), C::InvalidSchedule, schedule)
            .bad(QStringLiteral("0 15 * * * FUNDAY"), C::InvalidSchedule, schedule);
        Cases::Field(cs, keys::PgStorageClass, 1, 253)
            .ok(QStringLiteral("managed-csi-premium"))
            .ok(QStringLiteral("premium2.disk.csi.azure.com"))
            .bad(QStringLiteral("Managed"), C::InvalidCharacters, QStringLiteral("M"))
            .bad(QStringLiteral("managed_csi"), C::InvalidCharacters, QStringLiteral("_"))
            .bad(QStringLiteral("managed-"), C::MustEndAlphanumeric);
        cs.plain(keys::PgStorageClass).bad(QString(), C::Required);
        Cases::Field(cs, keys::PgInstances, 1, 1000)
            .ok(QStringLiteral("3"))
            .ok(QStringLiteral("1"))
            .bad(QStringLiteral("0"), C::OutOfRange);
    }

    // The pinned subscription: a GUID from `az account list`; empty is the CLI's default.
    cs.name(keys::SubscriptionId, 36, 36)
        .ok(QString())
        .ok(QStringLiteral("11111111-2222-3333-4444-555555555555"))
        .ok(QStringLiteral("6f1C2b3a-0D9e-4F8a-b7C6-5d4E3f2A1b0c"))
        .bad(QStringLiteral("11111111-2222-3333-4444-55555555555"), C::TooShort)
        .bad(QStringLiteral("11111111-2222-3333-4444-5555555555555"), C::TooLong)
        .bad(QStringLiteral("Visual Studio Enterprise Subscription"), C::TooLong)
        .bad(QStringLiteral("g1111111-2222-3333-4444-555555555555"), C::InvalidCharacters,
             QStringLiteral("g"))
        .bad(QStringLiteral("11111111 2222-3333-4444-555555555555"), C::InvalidCharacters,
             QStringLiteral(" "))
        .bad(QStringLiteral("-1111111-2222-3333-4444-555555555555"), C::MustStartAlphanumeric);

    // Tags: space-separated key=value; Azure forbids < > % & \ ? / in names (up to 512
    // characters), values may hold anything up to 256 characters, including nothing.
    {
        auto tags = cs.plain(keys::Tags);
        tags.ok(QString())
            .ok(QStringLiteral("owner=user"))
            .ok(QStringLiteral("owner=user env=dev"))
            .ok(QStringLiteral("  owner=user   env=dev "))
            .ok(QStringLiteral("key="))
            .ok(QStringLiteral("a=b=c"))
            .ok(QStringLiteral("q=\"quoted\" s='single'"))
            .ok(QStringLiteral("cmd=$(rm${IFS}-rf${IFS}/) tick=`id` semi=a;b pipe=a|b"))
            .ok(QStringLiteral("value=<>%&\\?/"))
            .ok(QStringLiteral("owner=José 부서=데이터 emoji=🐘"))
            .ok(QStringLiteral("\"key\"=v $(k)=v"))
            .ok(repeat(QLatin1Char('k'), 512) + QStringLiteral("=v"))
            .ok(QStringLiteral("k=") + repeat(QLatin1Char('v'), 256));
        const QString longKey = repeat(QLatin1Char('k'), 513) + QStringLiteral("=v");
        const QString longValue = QStringLiteral("k=") + repeat(QLatin1Char('v'), 257);
        tags.bad(longKey, C::InvalidTag, longKey).bad(longValue, C::InvalidTag, longValue);
        for (const char* e : {"novalue", "=value", "=", "a<b=c", "a>b=c", "a%b=c", "a&b=c",
                              "a\\b=c", "a?b=c", "a/b=c"})
            tags.bad(QString::fromLatin1(e), C::InvalidTag, QString::fromLatin1(e));
        tags.bad(QStringLiteral("owner=user broken"), C::InvalidTag, QStringLiteral("broken"))
            .bad(QStringLiteral("owner=a owner=b"), C::DuplicateTag, QStringLiteral("owner"))
            .bad(QStringLiteral("Owner=a owner=b"), C::DuplicateTag, QStringLiteral("owner"))
            .bad(QStringLiteral("env=x OWNER=a Owner=b"), C::DuplicateTag, QStringLiteral("Owner"));
    }
    return cs.list;
}
