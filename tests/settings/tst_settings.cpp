// Settings: the guide's defaults, the generated ids, derivation from LOCAL_NAME/SUFFIX and its
// overrides, and whole-settings validation with the cross-field rules.
#include "settings/Settings.h"
#include "settings/SettingsSchema.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cnpg;
using C = SettingErrorCode;

namespace {

const QString kSuffix = QStringLiteral("k3x9q2ab");
const QString kIp = QStringLiteral("203.0.113.7");

// The guide's defaults with a known SUFFIX and DNS prefix and a client address: a valid set.
Settings fixed()
{
    Settings s;
    s.setValue(keys::Suffix, kSuffix);
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, kIp);
    return s;
}

// "FIELD Code" for each error, sorted, so that a failure shows what differs.
QStringList summary(const SettingErrors& errors)
{
    QStringList out;
    for (const SettingError& e : errors)
        out << e.field + QLatin1Char(' ') + settingErrorCodeName(e.code);
    out.sort();
    return out;
}

// The derived names, with their templates from the guide (steps.md), "${…}" spelled out.
struct Derived
{
    QString key;
    QString guideTemplate;
};

QList<Derived> derivedNames()
{
    return {
        {keys::ResourceGroup, QStringLiteral("rg-${LOCAL_NAME}-${SUFFIX}")},
        {keys::ClusterName, QStringLiteral("aks-primary-${LOCAL_NAME}-${SUFFIX}")},
        {keys::ManagedRg, QStringLiteral("rg-${LOCAL_NAME}-primary-aksmanaged-${SUFFIX}")},
        {keys::FedCredential, QStringLiteral("pg-primary-fedcred1-${LOCAL_NAME}-${SUFFIX}")},
        {keys::IdentityName, QStringLiteral("mi-aks-${LOCAL_NAME}-${SUFFIX}")},
        {keys::PgClusterName, QStringLiteral("pg-primary-${LOCAL_NAME}-${SUFFIX}")},
        {keys::StorageAccount, QStringLiteral("hacnpgpsa${SUFFIX}")},
        {keys::Grafana, QStringLiteral("grafana-${LOCAL_NAME}-${SUFFIX}")},
        {keys::Amw, QStringLiteral("amw-${LOCAL_NAME}-${SUFFIX}")},
        {keys::Ala, QStringLiteral("ala-${LOCAL_NAME}-${SUFFIX}")},
        {keys::PublicIpName, QStringLiteral("aks-primary-${LOCAL_NAME}-${SUFFIX}-pip")},
    };
}

QString expand(QString t, const QString& localName, const QString& suffix)
{
    return t.replace(QStringLiteral("${LOCAL_NAME}"), localName)
        .replace(QStringLiteral("${SUFFIX}"), suffix);
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    // The guide's table (steps.md) and its hard-coded values, one row per setting.
    void defaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        const QList<QPair<QString, QString>> plain = {
            {keys::LocalName, QStringLiteral("cnpg")},
            {keys::Tags, QStringLiteral("owner=user")},
            {keys::Region, QStringLiteral("westus3")},
            // The guide's 1.29 is retired: a tested version until the region's default is known.
            {keys::ClusterVersion, QStringLiteral("1.34")},
            {keys::PgNamespace, QStringLiteral("cnpg-database")},
            {keys::PgSystemNamespace, QStringLiteral("cnpg-system")},
            {keys::BackupContainer, QStringLiteral("backups")},
            {keys::PvcUpdates, QStringLiteral("true")},
            {keys::ClientIp, QString()}, // detected at run time
            {keys::SystemVmSku, QStringLiteral("standard_d2s_v3")},
            {keys::UserPoolName, QStringLiteral("postgres")},
            {keys::UserVmSku, QStringLiteral("standard_d4s_v3")},
            {keys::SystemMinCount, QStringLiteral("2")},
            {keys::SystemMaxCount, QStringLiteral("3")},
            {keys::UserMinCount, QStringLiteral("3")},
            {keys::UserMaxCount, QStringLiteral("6")},
            {keys::Zones, QStringLiteral("1 2 3")},
            {keys::Tier, QStringLiteral("standard")},
            {keys::SupportPlan, QStringLiteral("KubernetesOfficial")},
            {keys::StorageSku, QStringLiteral("Standard_ZRS")},
            {keys::StorageKind, QStringLiteral("StorageV2")},
            {keys::HelmRepoName, QStringLiteral("cnpg")},
            {keys::HelmRepoUrl, QStringLiteral("https://cloudnative-pg.github.io/charts")},
            {keys::HelmChart, QStringLiteral("cloudnative-pg")},
            {keys::HelmRelease, QStringLiteral("cnpg")},
            {keys::HelmChartVersion, QStringLiteral("0.29.0")}, // pinned, operator 1.30.0
            {keys::KrewVersion, QStringLiteral("v0.5.0")},
            {keys::KrewSha256,
             QStringLiteral(
                 "linux_amd64=5d5a221fffdf331d1c5c68d9917530ecd102e0def5b5a6d62eeed1c404efb28a "
                 "linux_arm64=ab7a98b992424e76b6c162f8b67fb76c4b1e243598aa2807bdf226752f964548 "
                 "darwin_amd64=2d60559126452b57e3df0612f0475a473363f064da35f817290dbbcd877d1ea8 "
                 "darwin_arm64=cd6e58b4e954e301abd19001d772846997216d696bcaa58f0bcf04708339ece3")},
            {keys::SubscriptionId, QString()}, // the Azure CLI's default subscription
            // The Cluster of deploy-postgresql-ha.md (its Azure Disk tab).
            {keys::PgInstances, QStringLiteral("3")},
            {keys::PgImage, QStringLiteral("ghcr.io/cloudnative-pg/postgresql:18-system-trixie")},
            {keys::PgStorageSize, QStringLiteral("64Gi")},
            {keys::PgStorageClass, QStringLiteral("managed-csi-premium")},
            {keys::PgCpu, QStringLiteral("2")},
            {keys::PgMemory, QStringLiteral("8Gi")},
            {keys::PgBackupRetention, QStringLiteral("7d")},
            // validate-postgresql-ha.md's ScheduledBackup: every hour at a quarter past.
            {keys::PgBackupSchedule, QStringLiteral("0 15 * ? * *")},
            // CloudNativePG's dashboard at a tagged release, never the moving main branch.
            {keys::GrafanaDashboardUrl,
             QStringLiteral("https://raw.githubusercontent.com/cloudnative-pg/grafana-dashboards/"
                            "cluster-v0.0.5/charts/cluster/grafana-dashboard.json")},
        };
        QSet<QString> covered = {keys::Suffix, keys::DnsPrefix}; // see generatedIds()
        for (const auto& [key, value] : plain) {
            QTest::addRow("%s", qPrintable(key)) << key << value;
            covered.insert(key);
        }
        for (const Derived& d : derivedNames()) {
            QTest::addRow("%s", qPrintable(d.key))
                << d.key << expand(d.guideTemplate, QStringLiteral("cnpg"), kSuffix);
            covered.insert(d.key);
        }
        // Every setting of the schema has a row.
        const QStringList all = SettingsSchema::keys();
        QCOMPARE(covered, QSet<QString>(all.cbegin(), all.cend()));
    }

    void defaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        Settings s;
        s.setValue(keys::Suffix, kSuffix);
        QCOMPARE(s.value(key), expected);
        QVERIFY(!s.isOverridden(key));
    }

    void theGuidesVariablesAreInTheSchemaInItsOrder()
    {
        const QStringList guide = {"SUFFIX",
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
                                   "AKS_PRIMARY_CLUSTER_PUBLICIP_NAME"};
        QCOMPARE(SettingsSchema::keys().mid(0, guide.size()), guide);
        for (const FieldSpec& f : SettingsSchema::fields())
            QCOMPARE(f.fromGuide, guide.contains(f.key));
    }

    void defaultConstructedHasNoIds()
    {
        const Settings s;
        QCOMPARE(s.value(keys::Suffix), QString());
        QCOMPARE(s.value(keys::DnsPrefix), QString());
        const QStringList errors = summary(s.validate());
        QVERIFY2(errors.contains(QStringLiteral("SUFFIX Required")), qPrintable(errors.join(", ")));
        QVERIFY(errors.contains(QStringLiteral("AKS_PRIMARY_CLUSTER_PG_DNSPREFIX Required")));
    }

    void generatedIds()
    {
        static const QRegularExpression suffixShape(QStringLiteral("^[a-z0-9]{8}$"));
        static const QRegularExpression dnsShape(QStringLiteral("^a[0-9a-f]{10}$"));
        const Settings a = Settings::withGeneratedIds();
        const Settings b = Settings::withGeneratedIds();
        for (const Settings& s : {a, b}) {
            QVERIFY2(suffixShape.match(s.value(keys::Suffix)).hasMatch(),
                     qPrintable(s.value(keys::Suffix)));
            QVERIFY2(dnsShape.match(s.value(keys::DnsPrefix)).hasMatch(),
                     qPrintable(s.value(keys::DnsPrefix)));
        }
        // 36^8 and 16^10 possibilities: equal values mean the generator is not random.
        QVERIFY(a.value(keys::Suffix) != b.value(keys::Suffix));
        QVERIFY(a.value(keys::DnsPrefix) != b.value(keys::DnsPrefix));
        QVERIFY(a != b);
        // The rest are the guide's defaults; only the address is missing.
        QCOMPARE(summary(a.validate()),
                 QStringList{QStringLiteral("MY_PUBLIC_CLIENT_IP Required")});
        QCOMPARE(a.validate().first(), SettingError({keys::ClientIp, C::Required, 0, 0, {}}));
    }

    void generatedIdsUseTheirWholeAlphabet()
    {
        QSet<QChar> suffixChars;
        QSet<QChar> dnsChars;
        for (int i = 0; i < 300; ++i) {
            for (QChar c : Settings::generateSuffix())
                suffixChars.insert(c);
            for (QChar c : Settings::generateDnsPrefix().mid(1))
                dnsChars.insert(c);
        }
        // 2400 draws from 36 symbols (3000 from 16): missing one has odds below 1e-28.
        QCOMPARE(suffixChars.size(), 36);
        QCOMPARE(dnsChars.size(), 16);
    }

    void generatedIdsAreFixedOnceGenerated()
    {
        const Settings s = Settings::withGeneratedIds();
        const QString suffix = s.value(keys::Suffix);
        const QString dns = s.value(keys::DnsPrefix);
        const QString rg = s.value(keys::ResourceGroup);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s.value(keys::Suffix), suffix);
            QCOMPARE(s.value(keys::DnsPrefix), dns);
            QCOMPARE(s.value(keys::ResourceGroup), rg);
        }
        Settings copy = s;
        copy.setValue(keys::LocalName, QStringLiteral("other"));
        QCOMPARE(copy.value(keys::Suffix), suffix);
        QCOMPARE(copy.value(keys::DnsPrefix), dns);
        QCOMPARE(copy.resolvedValues().value(keys::Suffix), suffix);
        QCOMPARE(rg, QStringLiteral("rg-cnpg-") + suffix);
    }

    void derivedFollowAndOverride_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("guideTemplate");
        for (const Derived& d : derivedNames())
            QTest::addRow("%s", qPrintable(d.key)) << d.key << d.guideTemplate;
    }

    void derivedFollowAndOverride()
    {
        QFETCH(QString, key);
        QFETCH(QString, guideTemplate);
        Settings s = fixed();
        QVERIFY(s.followsTemplate(key));
        QVERIFY(!s.isOverridden(key));

        // Following LOCAL_NAME and SUFFIX.
        s.setValue(keys::LocalName, QStringLiteral("demo"));
        QCOMPARE(s.value(key), expand(guideTemplate, QStringLiteral("demo"), kSuffix));
        s.setValue(keys::Suffix, QStringLiteral("zz9"));
        QCOMPARE(s.value(key),
                 expand(guideTemplate, QStringLiteral("demo"), QStringLiteral("zz9")));

        // An override keeps its own value whatever LOCAL_NAME and SUFFIX become.
        s.setValue(key, QStringLiteral("mine1"));
        QVERIFY(s.isOverridden(key));
        QVERIFY(!s.followsTemplate(key));
        s.setValue(keys::LocalName, QStringLiteral("again"));
        s.setValue(keys::Suffix, QStringLiteral("yy8"));
        QCOMPARE(s.value(key), QStringLiteral("mine1"));
        QCOMPARE(s.derivedValue(key), expand(guideTemplate, QStringLiteral("again"), "yy8"));

        // clearOverride() follows again, with the current LOCAL_NAME and SUFFIX.
        s.clearOverride(key);
        QVERIFY(s.followsTemplate(key));
        QCOMPARE(s.value(key), expand(guideTemplate, QStringLiteral("again"), "yy8"));
    }

    void anOverrideEqualToTheTemplateStaysAnOverride()
    {
        Settings s = fixed();
        const QString rg = s.value(keys::ResourceGroup);
        s.setValue(keys::ResourceGroup, rg);
        QVERIFY(s.isOverridden(keys::ResourceGroup));
        s.setValue(keys::LocalName, QStringLiteral("demo"));
        QCOMPARE(s.value(keys::ResourceGroup), rg);
    }

    void overridingOneDerivedNameLeavesTheOthers()
    {
        Settings s = fixed();
        s.setValue(keys::Grafana, QStringLiteral("graf1"));
        s.setValue(keys::LocalName, QStringLiteral("demo"));
        QCOMPARE(s.value(keys::Amw), QStringLiteral("amw-demo-") + kSuffix);
        QCOMPARE(s.value(keys::ResourceGroup), QStringLiteral("rg-demo-") + kSuffix);
    }

    void publicIpFollowsTheClusterName()
    {
        Settings s = fixed();
        QCOMPARE(s.value(keys::PublicIpName),
                 QStringLiteral("aks-primary-cnpg-%1-pip").arg(kSuffix));
        // Chained: the cluster name follows LOCAL_NAME, the public IP follows the cluster name.
        s.setValue(keys::LocalName, QStringLiteral("demo"));
        QCOMPARE(s.value(keys::PublicIpName),
                 QStringLiteral("aks-primary-demo-%1-pip").arg(kSuffix));
        s.setValue(keys::ClusterName, QStringLiteral("mycluster"));
        QCOMPARE(s.value(keys::PublicIpName), QStringLiteral("mycluster-pip"));
        QVERIFY(s.followsTemplate(keys::PublicIpName));

        s.setValue(keys::PublicIpName, QStringLiteral("mypip"));
        s.setValue(keys::ClusterName, QStringLiteral("othercluster"));
        QCOMPARE(s.value(keys::PublicIpName), QStringLiteral("mypip"));
        QCOMPARE(s.derivedValue(keys::PublicIpName), QStringLiteral("othercluster-pip"));

        s.clearOverride(keys::PublicIpName);
        QCOMPARE(s.value(keys::PublicIpName), QStringLiteral("othercluster-pip"));
        s.clearOverride(keys::ClusterName);
        QCOMPARE(s.value(keys::PublicIpName),
                 QStringLiteral("aks-primary-demo-%1-pip").arg(kSuffix));
    }

    void plainFieldsAreNotDerived()
    {
        Settings s = fixed();
        QVERIFY(!s.followsTemplate(keys::LocalName));
        QVERIFY(!s.followsTemplate(keys::DnsPrefix));
        QVERIFY(!s.followsTemplate(keys::StorageSku));
        s.setValue(keys::Tier, QStringLiteral("premium"));
        QVERIFY(s.isOverridden(keys::Tier));
        s.clearOverride(keys::Tier);
        QCOMPARE(s.value(keys::Tier), QStringLiteral("standard"));
    }

    void listAndIntValues()
    {
        Settings s = fixed();
        QCOMPARE(s.listValue(keys::Zones), QStringList({"1", "2", "3"}));
        s.setValue(keys::Tags, QStringLiteral(" owner=user  env=dev "));
        QCOMPARE(s.listValue(keys::Tags), QStringList({"owner=user", "env=dev"}));
        s.setValue(keys::Zones, QString());
        QCOMPARE(s.listValue(keys::Zones), QStringList());
        QCOMPARE(s.intValue(keys::UserMaxCount), 6);
        const auto all = s.resolvedValues();
        QCOMPARE(all.size(), SettingsSchema::fields().size());
        for (const QString& key : SettingsSchema::keys())
            QCOMPARE(all.value(key), s.value(key));
    }

    void validSettingsHaveNoErrors()
    {
        QCOMPARE(fixed().validate(), SettingErrors());
        QVERIFY(fixed().isValid());
    }

    // validate() reports every error at once, not only the first.
    void validateListsEveryError()
    {
        Settings s = fixed();
        s.setValue(keys::StorageAccount, QStringLiteral("Has-Upper"));
        s.setValue(keys::LocalName, QStringLiteral("1bad"));
        s.setValue(keys::Region, QStringLiteral("mars"));
        s.setValue(keys::ClientIp, QStringLiteral("1.2.3.4,999.0.0.1"));
        s.setValue(keys::UserPoolName, QStringLiteral("Postgres"));
        s.setValue(keys::Tags, QStringLiteral("=x"));
        s.setValue(keys::Zones, QStringLiteral("4"));
        s.setValue(keys::SystemMinCount, QStringLiteral("0"));
        s.setValue(keys::HelmRepoUrl, QStringLiteral("ftp://x"));
        s.setValue(keys::PvcUpdates, QStringLiteral("yes"));
        const SettingErrors errors = s.validate();
        QStringList expected = {
            "CNPG_HELM_REPO_URL InvalidUrl",
            "ENABLE_AZURE_PVC_UPDATES InvalidBoolean",
            "LOCAL_NAME MustStartWithLetter",
            "MY_PUBLIC_CLIENT_IP InvalidAddress",
            "PG_PRIMARY_STORAGE_ACCOUNT_NAME InvalidCharacters",
            "PRIMARY_CLUSTER_REGION UnknownRegion",
            "SYSTEM_NODE_POOL_MIN_COUNT OutOfRange",
            "AKS_AVAILABILITY_ZONES InvalidZones",
            "TAGS InvalidTag",
            "USER_NODE_POOL_NAME InvalidCharacters",
        };
        expected.sort();
        QCOMPARE(summary(errors), expected);
        QCOMPARE(errors.size(), 10);
        QVERIFY(errors.contains({keys::ClientIp, C::InvalidAddress, 0, 0, "999.0.0.1"}));
        QVERIFY(errors.contains({keys::StorageAccount, C::InvalidCharacters, 3, 24, "H"}));
        QVERIFY(errors.contains({keys::Zones, C::InvalidZones, 0, 0, "4"}));
        QVERIFY(errors.contains({keys::SystemMinCount, C::OutOfRange, 1, 1000, {}}));
        QVERIFY(errors.contains({keys::Region, C::UnknownRegion, 0, 0, "mars"}));
    }

    void minGreaterThanMax_data()
    {
        QTest::addColumn<QString>("minKey");
        QTest::addColumn<QString>("maxKey");
        QTest::addRow("system pool") << keys::SystemMinCount << keys::SystemMaxCount;
        QTest::addRow("user pool") << keys::UserMinCount << keys::UserMaxCount;
    }

    void minGreaterThanMax()
    {
        QFETCH(QString, minKey);
        QFETCH(QString, maxKey);
        Settings s = fixed();
        s.setValue(minKey, QStringLiteral("5"));
        s.setValue(maxKey, QStringLiteral("5"));
        QCOMPARE(s.validate(), SettingErrors()); // min == max is fine
        s.setValue(maxKey, QStringLiteral("4"));
        const SettingError expected{minKey, C::MinGreaterThanMax, 5, 4, maxKey};
        QCOMPARE(s.validate(), SettingErrors({expected}));
        // As-you-type validation shows it on either field of the pair, and not on others.
        QCOMPARE(s.validateField(minKey), SettingErrors({expected}));
        QCOMPARE(s.validateField(maxKey), SettingErrors({expected}));
        QCOMPARE(s.validateField(keys::LocalName), SettingErrors());
    }

    void bothPoolsMinGreaterThanMax()
    {
        Settings s = fixed();
        s.setValue(keys::SystemMinCount, QStringLiteral("4")); // max 3
        s.setValue(keys::UserMinCount, QStringLiteral("7"));   // max 6
        QCOMPARE(
            s.validate(),
            SettingErrors({{keys::SystemMinCount, C::MinGreaterThanMax, 4, 3, keys::SystemMaxCount},
                           {keys::UserMinCount, C::MinGreaterThanMax, 7, 6, keys::UserMaxCount}}));
    }

    void zonesInARegionWithoutZones()
    {
        Settings s = fixed();
        s.setValue(keys::Region, QStringLiteral("westus")); // a real region without zones
        const SettingError expected{keys::Zones, C::RegionWithoutZones, 0, 0, "westus"};
        QCOMPARE(s.validate(), SettingErrors({expected}));
        QCOMPARE(s.validateField(keys::Zones), SettingErrors({expected}));
        QCOMPARE(s.validateField(keys::Region), SettingErrors({expected}));
        s.setValue(keys::Zones, QString()); // no zones: fine there
        QCOMPARE(s.validate(), SettingErrors());
        s.setValue(keys::Region, QStringLiteral("northeurope"));
        s.setValue(keys::Zones, QStringLiteral("1 2 3"));
        QCOMPARE(s.validate(), SettingErrors());
    }

    // The guide's version stays on record as the guide's; the default is ours.
    void clusterVersionKeepsTheGuidesValueApart()
    {
        const FieldSpec* spec = SettingsSchema::find(keys::ClusterVersion);
        QCOMPARE(spec->guideValue, QStringLiteral("1.29"));
        QCOMPARE(spec->guideOrDefault(), QStringLiteral("1.29"));
        QCOMPARE(spec->defaultValue, QStringLiteral("1.34"));
        // Fields whose default is the guide's own have no separate guide value.
        QCOMPARE(SettingsSchema::find(keys::Region)->guideOrDefault(), QStringLiteral("westus3"));
    }

    // A default found at run time (the region's) replaces the schema's until the user chooses.
    void resolvedDefaultAppliesUntilTheUserChooses()
    {
        Settings s = fixed();
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.34"));
        s.setResolvedDefault(keys::ClusterVersion, QStringLiteral("1.35"));
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.35"));
        QCOMPARE(s.defaultValue(keys::ClusterVersion), QStringLiteral("1.35"));
        QVERIFY(!s.isOverridden(keys::ClusterVersion));
        QCOMPARE(s.resolvedValues().value(keys::ClusterVersion), QStringLiteral("1.35"));
        s.setValue(keys::ClusterVersion, QStringLiteral("1.36"));
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.36"));
        QCOMPARE(s.defaultValue(keys::ClusterVersion), QStringLiteral("1.35"));
        s.clearOverride(keys::ClusterVersion);
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.35"));
        s.setResolvedDefault(keys::ClusterVersion, QString()); // back to the tested one
        QCOMPARE(s.value(keys::ClusterVersion), QStringLiteral("1.34"));
        QVERIFY(!s.hasResolvedDefault(keys::ClusterVersion));
        // It counts as the value: settings differing only in it are different deployments.
        Settings other = fixed();
        other.setResolvedDefault(keys::ClusterVersion, QStringLiteral("1.35"));
        QVERIFY(other != fixed());
    }

    // az refuses AKSLongTermSupport on any tier but premium; so does the validation, on the
    // support plan's field, whichever of the two was changed.
    void longTermSupportNeedsPremium_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("valid");
        QTest::newRow("standard, official")
            << QStringLiteral("standard") << QStringLiteral("KubernetesOfficial") << true;
        QTest::newRow("premium, official")
            << QStringLiteral("premium") << QStringLiteral("KubernetesOfficial") << true;
        QTest::newRow("premium, LTS")
            << QStringLiteral("premium") << QStringLiteral("AKSLongTermSupport") << true;
        QTest::newRow("standard, LTS")
            << QStringLiteral("standard") << QStringLiteral("AKSLongTermSupport") << false;
        QTest::newRow("free, LTS")
            << QStringLiteral("free") << QStringLiteral("AKSLongTermSupport") << false;
    }

    void longTermSupportNeedsPremium()
    {
        QFETCH(QString, tier);
        QFETCH(QString, plan);
        QFETCH(bool, valid);
        Settings s = fixed();
        s.setValue(keys::Tier, tier);
        s.setValue(keys::SupportPlan, plan);
        const SettingErrors expected =
            valid ? SettingErrors()
                  : SettingErrors({{keys::SupportPlan, C::LtsNeedsPremium, 0, 0, tier}});
        QCOMPARE(s.validate(), expected);
        QCOMPARE(s.validateField(keys::SupportPlan), expected);
        QCOMPARE(s.validateField(keys::Tier), expected);
        QCOMPARE(s.validateField(keys::Region), SettingErrors());
    }

    void missingClientIpIsRequired()
    {
        Settings s = fixed();
        s.setValue(keys::ClientIp, QString());
        QCOMPARE(s.validate(), SettingErrors({{keys::ClientIp, C::Required, 0, 0, {}}}));
        QCOMPARE(s.validateField(keys::ClientIp),
                 SettingErrors({{keys::ClientIp, C::Required, 0, 0, {}}}));
    }

    // A long LOCAL_NAME is valid itself but makes derived names too long; the error is reported
    // on the derived field, where the user can shorten it.
    void longLocalNameMakesDerivedNamesTooLong()
    {
        Settings s = fixed();
        s.setValue(keys::LocalName, QStringLiteral("cnpgtest")); // grafana-cnpgtest-k3x9q2ab: 25
        QCOMPARE(s.validateField(keys::LocalName), SettingErrors());
        QCOMPARE(s.validate(), SettingErrors({{keys::Grafana, C::TooLong, 2, 23, {}}}));

        s.setValue(keys::LocalName, QStringLiteral("a234567890123456")); // 16, the maximum
        QCOMPARE(s.validate(), SettingErrors({{keys::Grafana, C::TooLong, 2, 23, {}}}));
        s.setValue(keys::Grafana, QStringLiteral("grafana-short"));
        QCOMPARE(s.validate(), SettingErrors());

        // A long SUFFIX overflows the storage account (hacnpgpsa + 16 = 25 > 24).
        s.setValue(keys::Suffix, QStringLiteral("abcdefghij123456"));
        QCOMPARE(s.validate(), SettingErrors({{keys::StorageAccount, C::TooLong, 3, 24, {}}}));
    }

    void equalityIsAboutValuesAndOverrides()
    {
        const Settings a = fixed();
        Settings b = fixed();
        QVERIFY(a == b);
        b.setValue(keys::LocalName, QStringLiteral("cnpg")); // the default, spelled out
        QVERIFY(a == b);
        b.setValue(keys::LocalName, QStringLiteral("demo"));
        QVERIFY(a != b);
        b.clearOverride(keys::LocalName);
        QVERIFY(a == b);
        // A derived name pinned to today's value is not the same as one that follows.
        b.setValue(keys::ResourceGroup, a.value(keys::ResourceGroup));
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
