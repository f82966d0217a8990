#include "cost/VmSizes.h"

#include <QRegularExpression>

namespace cnpg {

namespace {

struct KnownSize
{
    const char* name;
    int vcpus;
    int ephemeralGiB; // the larger of cache and temporary storage usable for an ephemeral OS disk
};

// Sizes people pick for AKS node pools (Azure's published specifications); others are
// estimated from their name.
constexpr KnownSize knownSizes[] = {
    {"standard_ds2_v2", 2, 86},     {"standard_ds3_v2", 4, 172},   {"standard_ds4_v2", 8, 344},
    {"standard_d2s_v3", 2, 50},     {"standard_d4s_v3", 4, 100},   {"standard_d8s_v3", 8, 200},
    {"standard_d16s_v3", 16, 400},  {"standard_d32s_v3", 32, 800}, {"standard_d2s_v4", 2, 0},
    {"standard_d4s_v4", 4, 0},      {"standard_d8s_v4", 8, 0},     {"standard_d2s_v5", 2, 0},
    {"standard_d4s_v5", 4, 0},      {"standard_d8s_v5", 8, 0},     {"standard_d16s_v5", 16, 0},
    {"standard_d2ds_v5", 2, 75},    {"standard_d4ds_v5", 4, 150},  {"standard_d8ds_v5", 8, 300},
    {"standard_d16ds_v5", 16, 600}, {"standard_d2as_v5", 2, 0},    {"standard_d4as_v5", 4, 0},
    {"standard_d8as_v5", 8, 0},     {"standard_e2s_v3", 2, 50},    {"standard_e4s_v3", 4, 100},
    {"standard_e8s_v3", 8, 200},    {"standard_e2s_v5", 2, 0},     {"standard_e4s_v5", 4, 0},
    {"standard_e8s_v5", 8, 0},      {"standard_e16s_v5", 16, 0},   {"standard_e4ds_v5", 4, 150},
    {"standard_e8ds_v5", 8, 300},   {"standard_b2s", 2, 0},        {"standard_b2ms", 2, 0},
    {"standard_b4ms", 4, 0},
};

constexpr int DefaultOsDiskGiB = 128;

} // namespace

QString VmSizes::canonical(const QString& size)
{
    // Standard_<family letters><vCPUs><feature letters>_v<n>: the family in capitals, the
    // features in lower case, as the price list and the portal spell them.
    static const QRegularExpression re(
        QStringLiteral("^(standard|basic)_([a-z]+)([0-9-]+)([a-z]*)(_.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(size.trimmed());
    if (!m.hasMatch())
        return size.trimmed();
    QString prefix = m.captured(1).toLower();
    prefix[0] = prefix[0].toUpper();
    return prefix + QLatin1Char('_') + m.captured(2).toUpper() + m.captured(3) +
           m.captured(4).toLower() +
           m.captured(5).toLower().replace(QStringLiteral("_a"), QStringLiteral("_A"));
}

int VmSizes::vcpusFromName(const QString& size)
{
    static const QRegularExpression re(QStringLiteral("^(?:standard|basic)_[a-z]+([0-9]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(size.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

OsDisk VmSizes::osDisk(const QString& size)
{
    OsDisk d;
    const QString key = size.trimmed().toLower();
    int ephemeralGiB = 0;
    d.knownSize = false;
    for (const KnownSize& k : knownSizes) {
        if (key == QLatin1String(k.name)) {
            d.knownSize = true;
            d.vcpus = k.vcpus;
            ephemeralGiB = k.ephemeralGiB;
            break;
        }
    }
    if (!d.knownSize)
        d.vcpus = vcpusFromName(size);
    if (ephemeralGiB >= DefaultOsDiskGiB) {
        d.ephemeral = true;
        return d;
    }
    // Premium storage: an "s" among the feature letters after the vCPU count (D4s, D4ds, E4as).
    static const QRegularExpression premium(
        QStringLiteral("^(?:standard|basic)_[a-z]+[0-9-]+[a-z]*s[a-z]*(_|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool premiumStorage =
        premium.match(key).hasMatch() || key.startsWith(QStringLiteral("standard_ds"));
    const int v = d.vcpus;
    const int step = v >= 64 ? 30 : v >= 16 ? 20 : v >= 8 ? 15 : 10;
    d.tier = (premiumStorage ? QStringLiteral("P") : QStringLiteral("E")) + QString::number(step);
    d.meterName = d.tier + QStringLiteral(" LRS Disk");
    d.productName = premiumStorage ? QStringLiteral("Premium SSD Managed Disks")
                                   : QStringLiteral("Standard SSD Managed Disks");
    return d;
}

} // namespace cnpg
