// The settings file: {"schema":1,"variables":{...}} round trips, its shape, every kind of bad
// file (field by field, all at once), and atomic saving.
#include "settings/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/wait.h>
#include <tuple>
#include <unistd.h>

using namespace cnpg;
using C = SettingErrorCode;

Q_DECLARE_METATYPE(cnpg::Settings)

namespace {

const QString kIp = QStringLiteral("203.0.113.7");

Settings fixed()
{
    Settings s;
    s.setValue(keys::Suffix, QStringLiteral("k3x9q2ab"));
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, kIp);
    return s;
}

// A file with the given variables (a JSON object's members, already encoded).
QByteArray file(const QByteArray& variables)
{
    return "{\"schema\": 1, \"variables\": {" + variables + "}}";
}

QStringList summary(const SettingErrors& errors)
{
    QStringList out;
    for (const SettingError& e : errors)
        out << e.field + QLatin1Char(' ') + settingErrorCodeName(e.code);
    out.sort();
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

const QString kHostileTags = QStringLiteral(
    "owner=José 부서=데이터 emoji=🐘 q=\"double\" s='single' cmd=$(rm${IFS}-rf${IFS}~) "
    "tick=`id` semi=a;b back=a\\b amp=a&b pipe=a|b glob=* dollar=$HOME \"quoted-key\"=v "
    "nbsp=a\u00a0b rtl=\u202eabc");

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addRow("defaults") << fixed();
        QTest::addRow("generated ids") << [] {
            Settings s = Settings::withGeneratedIds();
            s.setValue(keys::ClientIp, QStringLiteral("1.2.3.4,5.6.7.0/24"));
            return s;
        }();
        QTest::addRow("local name and counts") << [] {
            Settings s = fixed();
            s.setValue(keys::LocalName, QStringLiteral("demo"));
            s.setValue(keys::UserMinCount, QStringLiteral("1"));
            s.setValue(keys::UserMaxCount, QStringLiteral("1000"));
            s.setValue(keys::PvcUpdates, QStringLiteral("false"));
            s.setValue(keys::Zones, QString());
            s.setValue(keys::Region, QStringLiteral("westus"));
            s.setValue(keys::HelmChartVersion, QStringLiteral("0.22.1"));
            return s;
        }();
        QTest::addRow("region's version") << [] {
            Settings s = fixed();
            s.setResolvedDefault(keys::ClusterVersion, QStringLiteral("1.35"));
            return s;
        }();
        QTest::addRow("long-term support") << [] {
            Settings s = fixed();
            s.setValue(keys::ClusterVersion, QStringLiteral("1.32"));
            s.setValue(keys::Tier, QStringLiteral("premium"));
            s.setValue(keys::SupportPlan, QStringLiteral("AKSLongTermSupport"));
            return s;
        }();
        QTest::addRow("overrides") << [] {
            Settings s = fixed();
            s.setValue(keys::ResourceGroup, QStringLiteral("my-rg"));
            s.setValue(keys::ClusterName, QStringLiteral("mycluster")); // pip follows it
            s.setValue(keys::Grafana, QStringLiteral("graf"));
            s.setValue(keys::StorageAccount, QStringLiteral("mystorage1"));
            return s;
        }();
        QTest::addRow("public ip override only") << [] {
            Settings s = fixed();
            s.setValue(keys::PublicIpName, QStringLiteral("my-pip"));
            return s;
        }();
        QTest::addRow("hostile tags") << [] {
            Settings s = fixed();
            s.setValue(keys::Tags, kHostileTags);
            s.setValue(keys::ResourceGroup, QStringLiteral("rg-réseau-資源(1)"));
            return s;
        }();
        QTest::addRow("invalid values") << [] {
            Settings s = fixed();
            s.setValue(keys::LocalName, QStringLiteral("Not Valid"));
            s.setValue(keys::ClientIp, QString());
            s.setValue(keys::PvcUpdates, QStringLiteral("maybe"));
            return s;
        }();
    }

    void roundTrip()
    {
        QFETCH(Settings, settings);
        const QByteArray json = SettingsFile::toJson(settings);
        // The file is complete: neither an empty base nor different generated ids matter.
        for (const Settings& base : {Settings(), Settings::withGeneratedIds()}) {
            const auto loaded = SettingsFile::fromJson(json, base);
            QCOMPARE(loaded.errors, settings.validate());
            QVERIFY(loaded.settings == settings);
            for (const QString& key : SettingsSchema::keys()) {
                QCOMPARE(loaded.settings.value(key), settings.value(key));
                if (SettingsSchema::find(key)->isDerived())
                    QCOMPARE(loaded.settings.isOverridden(key), settings.isOverridden(key));
            }
            QCOMPARE(SettingsFile::toJson(loaded.settings), json);
        }
    }

    // The file pins what the deployment installs: the resolved Kubernetes version, the chart
    // and krew, so that loading it later (and a schema with newer defaults) changes nothing.
    void theFilePinsTheVersions()
    {
        Settings s = fixed();
        s.setResolvedDefault(keys::ClusterVersion, QStringLiteral("1.35"));
        const QJsonObject vars = QJsonDocument::fromJson(SettingsFile::toJson(s))
                                     .object()
                                     .value(QStringLiteral("variables"))
                                     .toObject();
        QCOMPARE(vars.value(keys::ClusterVersion).toString(), QStringLiteral("1.35"));
        QCOMPARE(vars.value(keys::HelmChartVersion).toString(), QStringLiteral("0.29.0"));
        QCOMPARE(vars.value(keys::KrewVersion).toString(), QStringLiteral("v0.5.0"));
        QVERIFY(vars.value(keys::KrewSha256)
                    .toString()
                    .contains(QStringLiteral(
                        "linux_amd64="
                        "5d5a221fffdf331d1c5c68d9917530ecd102e0def5b5a6d62eeed1c404efb28a")));
        QCOMPARE(vars.value(keys::SupportPlan).toString(), QStringLiteral("KubernetesOfficial"));
        // Loaded without any resolution, it keeps the region's version.
        const auto loaded = SettingsFile::fromJson(SettingsFile::toJson(s), Settings());
        QCOMPARE(loaded.settings.value(keys::ClusterVersion), QStringLiteral("1.35"));
        QVERIFY(loaded.settings.isOverridden(keys::ClusterVersion));
    }

    // Documented in SettingsFile::fromJson: a derived value equal to its template keeps
    // following LOCAL_NAME/SUFFIX after a reload, although setValue() made it an override.
    void anOverrideEqualToTheTemplateFollowsAfterReload()
    {
        Settings s = fixed();
        s.setValue(keys::ResourceGroup, s.value(keys::ResourceGroup));
        QVERIFY(s.isOverridden(keys::ResourceGroup));
        const auto loaded = SettingsFile::fromJson(SettingsFile::toJson(s), Settings());
        QVERIFY(loaded.settings.followsTemplate(keys::ResourceGroup));
        QCOMPARE(loaded.settings.value(keys::ResourceGroup), s.value(keys::ResourceGroup));
        Settings after = loaded.settings;
        after.setValue(keys::LocalName, QStringLiteral("demo"));
        QCOMPARE(after.value(keys::ResourceGroup), QStringLiteral("rg-demo-k3x9q2ab"));
    }

    void aHandWrittenFileWithDerivedNames()
    {
        const auto loaded = SettingsFile::fromJson(
            file("\"SUFFIX\": \"abc12345\", \"LOCAL_NAME\": \"demo\", "
                 "\"RESOURCE_GROUP_NAME\": \"rg-demo-abc12345\", "
                 "\"AKS_PRIMARY_CLUSTER_NAME\": \"aks-custom\", "
                 "\"AKS_PRIMARY_CLUSTER_PUBLICIP_NAME\": \"aks-custom-pip\", "
                 "\"GRAFANA_PRIMARY\": \"grafana-mine\", \"MY_PUBLIC_CLIENT_IP\": \"203.0.113.7\""),
            Settings::withGeneratedIds());
        QCOMPARE(loaded.errors, SettingErrors());
        const Settings& s = loaded.settings;
        QVERIFY(s.followsTemplate(keys::ResourceGroup));
        QVERIFY(s.isOverridden(keys::ClusterName));
        QVERIFY(s.followsTemplate(keys::PublicIpName)); // equals ${AKS_PRIMARY_CLUSTER_NAME}-pip
        QVERIFY(s.isOverridden(keys::Grafana));
        QCOMPARE(s.value(keys::Amw), QStringLiteral("amw-demo-abc12345"));
    }

    void fileShape()
    {
        Settings s = fixed();
        s.setValue(keys::PvcUpdates, QStringLiteral("false"));
        s.setValue(keys::UserMaxCount, QStringLiteral("9"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(SettingsFile::toJson(s), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), QStringList({"schema", "variables"}));
        QVERIFY(root.value(QLatin1String("schema")).isDouble());
        QCOMPARE(root.value(QLatin1String("schema")).toInt(), 1);
        const QJsonObject vars = root.value(QLatin1String("variables")).toObject();
        QStringList expectedKeys = SettingsSchema::keys();
        expectedKeys.sort();
        QCOMPARE(vars.keys(), expectedKeys);
        for (const char* guideName : {"SUFFIX",
                                      "LOCAL_NAME",
                                      "TAGS",
                                      "RESOURCE_GROUP_NAME",
                                      "PRIMARY_CLUSTER_REGION",
                                      "AKS_PRIMARY_CLUSTER_NAME",
                                      "AKS_PRIMARY_MANAGED_RG_NAME",
                                      "AKS_PRIMARY_CLUSTER_FED_CREDENTIAL_NAME",
                                      "AKS_PRIMARY_CLUSTER_PG_DNSPREFIX",
                                      "AKS_UAMI_CLUSTER_IDENTITY_NAME",
                                      "AKS_CLUSTER_VERSION",
                                      "PG_NAMESPACE",
                                      "PG_SYSTEM_NAMESPACE",
                                      "PG_PRIMARY_CLUSTER_NAME",
                                      "PG_PRIMARY_STORAGE_ACCOUNT_NAME",
                                      "PG_STORAGE_BACKUP_CONTAINER_NAME",
                                      "ENABLE_AZURE_PVC_UPDATES",
                                      "MY_PUBLIC_CLIENT_IP",
                                      "SYSTEM_NODE_POOL_VMSKU",
                                      "USER_NODE_POOL_NAME",
                                      "USER_NODE_POOL_VMSKU",
                                      "GRAFANA_PRIMARY",
                                      "AMW_PRIMARY",
                                      "ALA_PRIMARY",
                                      "AKS_PRIMARY_CLUSTER_PUBLICIP_NAME"})
            QVERIFY2(vars.contains(QLatin1String(guideName)), guideName);

        const QList<QPair<QString, int>> counts = {{keys::SystemMinCount, 2},
                                                   {keys::SystemMaxCount, 3},
                                                   {keys::UserMinCount, 3},
                                                   {keys::UserMaxCount, 9}};
        for (const auto& [key, n] : counts) {
            QVERIFY2(vars.value(key).isDouble(), qPrintable(key));
            QCOMPARE(vars.value(key).toInt(), n);
        }
        QVERIFY(vars.value(keys::PvcUpdates).isBool());
        QCOMPARE(vars.value(keys::PvcUpdates).toBool(), false);
        for (const FieldSpec& f : SettingsSchema::fields()) {
            if (f.kind == FieldKind::Text) {
                QVERIFY2(vars.value(f.key).isString(), qPrintable(f.key));
                QCOMPARE(vars.value(f.key).toString(), s.value(f.key)); // resolved values
            }
        }
        QCOMPARE(vars.value(keys::Suffix).toString(), QStringLiteral("k3x9q2ab"));
        QCOMPARE(vars.value(keys::ResourceGroup).toString(), QStringLiteral("rg-cnpg-k3x9q2ab"));
        QCOMPARE(vars.value(keys::Zones).toString(), QStringLiteral("1 2 3"));
    }

    void missingKeysKeepDefaults()
    {
        const Settings base = Settings::withGeneratedIds();
        const auto loaded = SettingsFile::fromJson(
            file("\"LOCAL_NAME\": \"demo\", \"MY_PUBLIC_CLIENT_IP\": \"203.0.113.7\""), base);
        QCOMPARE(loaded.errors, SettingErrors());
        const Settings& s = loaded.settings;
        QCOMPARE(s.value(keys::Suffix), base.value(keys::Suffix));
        QCOMPARE(s.value(keys::DnsPrefix), base.value(keys::DnsPrefix));
        QCOMPARE(s.value(keys::ResourceGroup),
                 QStringLiteral("rg-demo-") + base.value(keys::Suffix));
        QCOMPARE(s.value(keys::Tags), QStringLiteral("owner=user"));
        QCOMPARE(s.value(keys::UserMaxCount), QStringLiteral("6"));
        QCOMPARE(s.value(keys::PvcUpdates), QStringLiteral("true"));
        // An empty variables object takes everything from the base.
        const auto empty = SettingsFile::fromJson(file(""), fixed());
        QCOMPARE(empty.errors, SettingErrors());
        QVERIFY(empty.settings == fixed());
    }

    void unknownKeys()
    {
        const auto inVars = SettingsFile::fromJson(
            file("\"MY_PUBLIC_CLIENT_IP\": \"203.0.113.7\", \"NOT_A_SETTING\": \"x\""), fixed());
        QCOMPARE(inVars.errors, SettingErrors({{"NOT_A_SETTING", C::UnknownKey, 0, 0, {}}}));
        const auto lowerCase = SettingsFile::fromJson(file("\"local_name\": \"cnpg\""), fixed());
        QCOMPARE(lowerCase.errors, SettingErrors({{"local_name", C::UnknownKey, 0, 0, {}}}));
        const auto topLevel =
            SettingsFile::fromJson("{\"schema\": 1, \"extra\": true, \"variables\": {}}", fixed());
        QCOMPARE(topLevel.errors, SettingErrors({{"extra", C::UnknownKey, 0, 0, {}}}));
    }

    void wrongType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("type");
        const QList<std::tuple<QString, const char*, const char*>> rows = {
            {keys::LocalName, "5", "number"},
            {keys::LocalName, "true", "boolean"},
            {keys::LocalName, "null", "null"},
            {keys::LocalName, "[\"cnpg\"]", "array"},
            {keys::LocalName, "{\"value\": \"cnpg\"}", "object"},
            {keys::ResourceGroup, "5", "number"},
            {keys::Tags, "[\"owner=user\"]", "array"},
            {keys::Zones, "[1, 2, 3]", "array"},
            {keys::ClientIp, "3405803783", "number"},
            {keys::SystemMinCount, "\"3\"", "string"},
            {keys::SystemMinCount, "2.5", "number"},
            {keys::UserMaxCount, "null", "null"},
            {keys::UserMaxCount, "[6]", "array"},
            {keys::UserMaxCount, "{}", "object"},
            {keys::UserMaxCount, "true", "boolean"},
            {keys::PvcUpdates, "1", "number"},
            {keys::PvcUpdates, "null", "null"},
            {keys::PvcUpdates, "[true]", "array"},
        };
        for (const auto& [key, json, type] : rows)
            QTest::addRow("%s %s", qPrintable(key), json) << key << QByteArray(json) << type;
    }

    void wrongType()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, json);
        QFETCH(QString, type);
        const Settings base = fixed();
        const auto loaded = SettingsFile::fromJson(file('"' + key.toUtf8() + "\": " + json), base);
        QCOMPARE(loaded.errors, SettingErrors({{key, C::WrongType, 0, 0, type}}));
        QCOMPARE(loaded.settings.value(key), base.value(key)); // nothing applied
    }

    void variablesOfTheWrongType()
    {
        const auto loaded = SettingsFile::fromJson("{\"schema\": 1, \"variables\": []}", fixed());
        QCOMPARE(loaded.errors, SettingErrors({{"variables", C::WrongType, 0, 0, "array"}}));
        const auto array = SettingsFile::fromJson("[1, 2]", fixed());
        QCOMPARE(array.errors, SettingErrors({{QString(), C::WrongType, 0, 0, "array"}}));
    }

    void schemaAloneMeansEveryDefault()
    {
        const auto loaded = SettingsFile::fromJson("{\"schema\": 1}", fixed());
        QCOMPARE(loaded.errors, SettingErrors());
        QCOMPARE(loaded.settings, fixed());
    }

    void derivedOverridesDoNotDependOnKeyOrder()
    {
        // The public IP name's template refers to the cluster name, itself derived. Whatever
        // order the keys come in, an overridden cluster name with the matching "-pip" name
        // leaves the IP name following the cluster name, and a different IP name stays its own.
        for (const bool ipFirst : {true, false}) {
            const QByteArray cluster = "\"AKS_PRIMARY_CLUSTER_NAME\": \"my-aks\"";
            const QByteArray ip = "\"AKS_PRIMARY_CLUSTER_PUBLICIP_NAME\": \"my-aks-pip\"";
            const auto loaded = SettingsFile::fromJson(
                file(ipFirst ? ip + ", " + cluster : cluster + ", " + ip), fixed());
            QCOMPARE(loaded.errors, SettingErrors());
            QVERIFY(loaded.settings.isOverridden(keys::ClusterName));
            QVERIFY(loaded.settings.followsTemplate(keys::PublicIpName));
            Settings changed = loaded.settings;
            changed.setValue(keys::ClusterName, QStringLiteral("other"));
            QCOMPARE(changed.value(keys::PublicIpName), QStringLiteral("other-pip"));
        }
        const auto own = SettingsFile::fromJson(
            file("\"AKS_PRIMARY_CLUSTER_PUBLICIP_NAME\": \"ingress-ip\""), fixed());
        QVERIFY(own.settings.isOverridden(keys::PublicIpName));
    }

    void wellTypedSpellings()
    {
        const auto loaded = SettingsFile::fromJson(
            file("\"ENABLE_AZURE_PVC_UPDATES\": \"false\", \"USER_NODE_POOL_MAX_COUNT\": 7.0, "
                 "\"SYSTEM_NODE_POOL_MAX_COUNT\": 4e0"),
            fixed());
        QCOMPARE(loaded.errors, SettingErrors());
        QCOMPARE(loaded.settings.value(keys::PvcUpdates), QStringLiteral("false"));
        QCOMPARE(loaded.settings.value(keys::UserMaxCount), QStringLiteral("7"));
        QCOMPARE(loaded.settings.value(keys::SystemMaxCount), QStringLiteral("4"));
        const auto negative =
            SettingsFile::fromJson(file("\"USER_NODE_POOL_MIN_COUNT\": -1"), fixed());
        QCOMPARE(negative.errors,
                 SettingErrors({{keys::UserMinCount, C::OutOfRange, 1, 1000, {}}}));
    }

    void brokenJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset"); // where Qt's parser stops, in bytes
        QTest::addRow("empty") << QByteArray() << 0;
        QTest::addRow("open brace") << QByteArray("{") << 1;
        QTest::addRow("trailing comma") << QByteArray("{\"schema\":1,}") << 13;
        QTest::addRow("garbage after") << QByteArray("{\"schema\":1} x") << 13;
        QTest::addRow("missing value")
            << QByteArray("{\"schema\": 1, \"variables\": {\"LOCAL_NAME\": }}") << 43;
        QTest::addRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << 1;
    }

    void brokenJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        const Settings base = fixed();
        const auto loaded = SettingsFile::fromJson(json, base);
        QCOMPARE(loaded.errors.size(), 1);
        const SettingError& e = loaded.errors.first();
        QCOMPARE(e.code, C::BrokenJson);
        QCOMPARE(e.field, QString());
        QVERIFY(!e.detail.isEmpty());
        QCOMPARE(e.min, offset);
        QVERIFY(loaded.settings == base);
    }

    void unsupportedSchema_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("found");
        QTest::addRow("2") << QByteArray("{\"schema\": 2, \"variables\": {}}") << "2";
        QTest::addRow("0") << QByteArray("{\"schema\": 0, \"variables\": {}}") << "0";
        QTest::addRow("1.5") << QByteArray("{\"schema\": 1.5, \"variables\": {}}") << "1.5";
        QTest::addRow("string") << QByteArray("{\"schema\": \"1\", \"variables\": {}}") << "string";
        QTest::addRow("null") << QByteArray("{\"schema\": null, \"variables\": {}}") << "null";
        QTest::addRow("missing") << QByteArray("{\"variables\": {\"LOCAL_NAME\": \"x\"}}")
                                 << "missing";
        QTest::addRow("empty object") << QByteArray("{}") << "missing";
        // A future schema is not read at all: no unknown-key or type noise beside it.
        QTest::addRow("2 with other problems")
            << QByteArray("{\"schema\": 2, \"new\": 1, \"variables\": {\"X\": 1}}") << "2";
    }

    void unsupportedSchema()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, found);
        const auto loaded = SettingsFile::fromJson(json, fixed());
        QCOMPARE(loaded.errors, SettingErrors({{"schema", C::UnsupportedSchema, 0, 0, found}}));
        QVERIFY(loaded.settings == fixed());
    }

    // Well-typed but invalid values are applied (nothing typed is lost) and reported with the
    // validator's errors, field by field.
    void invalidValuesAreReportedFieldByField()
    {
        const auto loaded = SettingsFile::fromJson(
            file(
                "\"PG_PRIMARY_STORAGE_ACCOUNT_NAME\": \"BAD\", \"USER_NODE_POOL_NAME\": \"1pool\", "
                "\"MY_PUBLIC_CLIENT_IP\": \"999.1.1.1\", \"SYSTEM_NODE_POOL_MIN_COUNT\": 5"),
            fixed());
        QCOMPARE(summary(loaded.errors),
                 QStringList({"MY_PUBLIC_CLIENT_IP InvalidAddress",
                              "PG_PRIMARY_STORAGE_ACCOUNT_NAME InvalidCharacters",
                              "SYSTEM_NODE_POOL_MIN_COUNT MinGreaterThanMax",
                              "USER_NODE_POOL_NAME MustStartWithLetter"}));
        QCOMPARE(loaded.errors, loaded.settings.validate());
        QVERIFY(loaded.errors.contains({keys::StorageAccount, C::InvalidCharacters, 3, 24, "B"}));
        QVERIFY(loaded.errors.contains(
            {keys::SystemMinCount, C::MinGreaterThanMax, 5, 3, keys::SystemMaxCount}));
        QCOMPARE(loaded.settings.value(keys::StorageAccount), QStringLiteral("BAD"));
        QCOMPARE(loaded.settings.value(keys::UserPoolName), QStringLiteral("1pool"));
    }

    void severalProblemsAreAllReported()
    {
        const auto loaded = SettingsFile::fromJson(
            "{\"schema\": 1, \"extra\": true, \"variables\": {\"FOO\": 1, \"LOCAL_NAME\": 5, "
            "\"USER_NODE_POOL_NAME\": \"Bad\", \"SYSTEM_NODE_POOL_MIN_COUNT\": \"2\", "
            "\"PRIMARY_CLUSTER_REGION\": \"mars\", \"MY_PUBLIC_CLIENT_IP\": \"203.0.113.7\"}}",
            fixed());
        QCOMPARE(summary(loaded.errors),
                 QStringList({"FOO UnknownKey", "LOCAL_NAME WrongType",
                              "PRIMARY_CLUSTER_REGION UnknownRegion",
                              "SYSTEM_NODE_POOL_MIN_COUNT WrongType",
                              "USER_NODE_POOL_NAME InvalidCharacters", "extra UnknownKey"}));
    }

    void loadMissingOrUnreadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Settings base = fixed();
        const auto loaded = SettingsFile::load(dir.filePath(QStringLiteral("nope.json")), base);
        QCOMPARE(loaded.errors.size(), 1);
        QCOMPARE(loaded.errors.first().code, C::FileUnreadable);
        QCOMPARE(loaded.errors.first().field, QString());
        QVERIFY(!loaded.errors.first().detail.isEmpty());
        QVERIFY(loaded.settings == base);
    }

    // What is not a regular file is refused before a byte is read, and without waiting: a FIFO
    // without a writer, an endless device, a folder. So is a file larger than any settings file.
    void onlySmallRegularFilesAreRead_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("folder") << "folder" << int(C::NotRegularFile);
        QTest::newRow("fifo") << "fifo" << int(C::NotRegularFile);
        QTest::newRow("/dev/zero") << "/dev/zero" << int(C::NotRegularFile);
        QTest::newRow("/dev/urandom") << "/dev/urandom" << int(C::NotRegularFile);
        QTest::newRow("2 MiB") << "big" << int(C::FileTooLarge);
    }

    void onlySmallRegularFilesAreRead()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = kind.startsWith(QLatin1Char('/')) ? kind : dir.filePath(kind);
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("big")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(2 * 1024 * 1024)); // sparse: nothing is written
        }
        const Settings base = fixed();
        const auto loaded = SettingsFile::load(path, base);
        QCOMPARE(loaded.errors.size(), 1);
        QCOMPARE(int(loaded.errors.first().code), code);
        QCOMPARE(loaded.errors.first().field, QString());
        QVERIFY(loaded.settings == base);
    }

    // QJsonDocument keeps the last of two equal keys silently: the file must say so, even when
    // the last value is valid and the first is not.
    void duplicateKeysAreReported()
    {
        const QByteArray json = R"({"schema": 1, "variables": {
            "RESOURCE_GROUP_NAME": "bad name!", "LOCAL_NAME": "cnpg",
            "RESOURCE_GROUP_NAME": "rg-fine", "\u004cOCAL_NAME": "cnpg"}, "schema": 1})";
        const auto loaded = SettingsFile::fromJson(json, fixed());
        QStringList duplicates;
        for (const SettingError& e : loaded.errors) {
            if (e.code == C::DuplicateKey)
                duplicates << e.field;
        }
        QCOMPARE(duplicates, (QStringList{"RESOURCE_GROUP_NAME", "LOCAL_NAME", "schema"}));
        // Keys of other objects are not compared across objects.
        const auto clean = SettingsFile::fromJson(
            R"({"schema": 1, "variables": {"SUFFIX": "abc12345", "LOCAL_NAME": "cnpg"}})", fixed());
        for (const SettingError& e : clean.errors)
            QVERIFY(e.code != C::DuplicateKey);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        Settings s = fixed();
        s.setValue(keys::ClusterName, QStringLiteral("mycluster"));
        const QString path = dir.filePath(QStringLiteral("new/sub/deploy.json"));
        QString error;
        QVERIFY2(SettingsFile::save(path, s, &error), qPrintable(error));
        QCOMPARE(readAll(path), SettingsFile::toJson(s));
        const auto loaded = SettingsFile::load(path, Settings());
        QCOMPARE(loaded.errors, SettingErrors());
        QVERIFY(loaded.settings == s);
    }

    // The new content replaces the file in one step: a reader that opened the old file still
    // reads it whole, and no temporary file is left behind.
    void saveReplacesTheFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deploy.json"));
        Settings a = fixed();
        Settings b = fixed();
        b.setValue(keys::Tags, kHostileTags);
        QVERIFY(SettingsFile::save(path, a));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(SettingsFile::save(path, b));
        QCOMPARE(old.readAll(), SettingsFile::toJson(a));
        QCOMPARE(readAll(path), SettingsFile::toJson(b));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"deploy.json"});
    }

    void saveIntoAReadOnlyDirectoryFails()
    {
        QTemporaryDir tmp;
        const QString dirPath = tmp.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dirPath));
        const QString path = dirPath + QStringLiteral("/deploy.json");
        const Settings a = fixed();
        Settings b = fixed();
        b.setValue(keys::LocalName, QStringLiteral("changed"));
        QVERIFY(SettingsFile::save(path, a));
        const QByteArray before = readAll(path);
        // Only the directory is read-only: the file itself may be written by anyone, so that
        // the save fails for want of a temporary file beside it, not for the file's own mode.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadOther | QFile::WriteOther));
        QVERIFY(QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                      QFile::ExeOwner | QFile::ReadOther |
                                                      QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::ExeOther));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });

        QString error;
        bool saved = false;
        if (geteuid() != 0) {
            saved = SettingsFile::save(path, b, &error);
        } else {
            // Root writes anywhere: save as an unprivileged user in a child process.
            int fds[2];
            QVERIFY(pipe(fds) == 0);
            const pid_t pid = fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                ::close(fds[0]);
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(3);
                QString childError;
                const bool ok = SettingsFile::save(path, b, &childError);
                const QByteArray msg = childError.toUtf8();
                if (::write(fds[1], msg.constData(), size_t(msg.size())) < 0)
                    _exit(4);
                _exit(ok ? 1 : 0);
            }
            ::close(fds[1]);
            QByteArray msg;
            char buf[512];
            for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
                msg.append(buf, n);
            ::close(fds[0]);
            int status = 0;
            QCOMPARE(waitpid(pid, &status, 0), pid);
            QVERIFY(WIFEXITED(status));
            if (WEXITSTATUS(status) == 3)
                QSKIP("cannot drop root privileges to test a read-only directory");
            saved = WEXITSTATUS(status) != 0;
            error = QString::fromUtf8(msg);
        }
        QVERIFY(!saved);
        QVERIFY2(!error.isEmpty(), "no error message");
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dirPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"deploy.json"});
    }

    // Azure accepts almost anything in tag values; the file must give back exactly those bytes.
    void hostileAndNonAsciiStringsSurviveByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deploy.json"));
        Settings s = fixed();
        s.setValue(keys::Tags, kHostileTags);
        s.setValue(keys::ResourceGroup, QStringLiteral("rg-réseau-資源(1)"));
        QCOMPARE(s.validate(), SettingErrors()); // all of this is valid for Azure
        QVERIFY(SettingsFile::save(path, s));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.contains(QStringLiteral("부서=데이터 emoji=🐘").toUtf8())); // raw UTF-8
        const auto loaded = SettingsFile::load(path, Settings());
        QCOMPARE(loaded.errors, SettingErrors());
        QCOMPARE(loaded.settings.value(keys::Tags).toUtf8(), kHostileTags.toUtf8());
        QCOMPARE(loaded.settings.value(keys::ResourceGroup).toUtf8(),
                 QStringLiteral("rg-réseau-資源(1)").toUtf8());
        QCOMPARE(loaded.settings.listValue(keys::Tags), s.listValue(keys::Tags));
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
