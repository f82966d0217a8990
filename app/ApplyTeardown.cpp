// ApplyCommand's teardown (--destroy): what goes, read from Azure and the kubeconfig, the
// confirmations, and the resources followed while Azure deletes them.
#include "ApplyCommand.h"
#include "run/KubeconfigLeftovers.h"
#include "run/TeardownWatch.h"
#include "settings/SettingsSchema.h"

#include <QTextStream>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace cnpg {

namespace {

// "45s", "2m 10s", "1h 05m": a wait of minutes, to the second.
QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m").arg(s / 3600).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void ApplyCommand::listTeardown(const QProcessEnvironment& environment)
{
    auto* inventory = new TeardownInventory(*m_launcher, environment, this);
    auto* leftovers = new KubeconfigLeftovers(*m_launcher, environment, this);
    // Azure's listing and this machine's kubeconfig side by side; the second to finish goes on.
    auto pending = std::make_shared<int>(2);
    auto error = std::make_shared<QString>();
    const auto listed = [this, pending, error] {
        if (--*pending == 0)
            onTeardownListed(m_listed, *error);
    };
    connect(leftovers, &KubeconfigLeftovers::finished, this,
            [this, leftovers, listed](const QList<KubeconfigLeftovers::Entry>& entries) {
                leftovers->deleteLater();
                m_leftovers = entries;
                listed();
            });
    connect(inventory, &TeardownInventory::finished, this,
            [this, inventory, listed, error](const QList<TeardownInventory::Item>& items,
                                             const QString& message) {
                inventory->deleteLater();
                m_listed = items;
                *error = message;
                listed();
            });
    m_out << timestamp() << ' ' << tr("Listing what the teardown deletes…") << Qt::endl;
    inventory->start(m_settings);
    leftovers->start(m_settings);
}

void ApplyCommand::printLocalLeftovers()
{
    using K = KubeconfigLeftovers::Kind;
    QStringList what;
    for (const KubeconfigLeftovers::Entry& e : std::as_const(m_leftovers))
        what << (e.kind == K::Context   ? tr("kubeconfig context %1")
                 : e.kind == K::Cluster ? tr("cluster %1")
                                        : tr("user %1"))
                    .arg(e.name);
    if (!what.isEmpty())
        m_out << "  " << tr("On this machine: %1").arg(what.join(QStringLiteral(", "))) << Qt::endl;
}

void ApplyCommand::watchTeardown()
{
    m_watch = m_run->watchTeardown(m_listed, this);
    connect(m_watch, &TeardownWatch::changed, this, &ApplyCommand::printGone);
    connect(m_watch, &TeardownWatch::polled, this, &ApplyCommand::printProgress);
}

void ApplyCommand::printGone()
{
    const QList<TeardownWatch::Entry>& entries = m_watch->entries();
    for (int i = 0; i < entries.size(); ++i) {
        const TeardownWatch::Entry& e = entries.at(i);
        if (m_goneShown.contains(i) || (!e.gone && m_watch->isRunning()))
            continue;
        m_goneShown << i;
        const qint64 after = e.gone ? e.goneAfterMs : m_watch->elapsedMs();
        say(timestamp() + QLatin1Char(' ') +
            tr("deleted after %1: %2 %3").arg(duration(after), e.item.type, e.item.name));
    }
}

void ApplyCommand::printProgress()
{
    const int left = m_watch->remaining();
    if (left == 0)
        return;
    const qint64 estimate = m_watch->estimatedRemainingMs();
    const QString elapsed = duration(m_watch->elapsedMs());
    const QString line =
        estimate > 0
            ? tr("%n resource(s) left after %1, about %2 to go", nullptr, left)
                  .arg(elapsed, duration(estimate))
            : tr("%n resource(s) left after %1, longer than usual", nullptr, left).arg(elapsed);
    // Simulated time runs fast: a look that changes nothing a reader can see is not repeated.
    if (line == m_lastProgress)
        return;
    m_lastProgress = line;
    say(timestamp() + QLatin1Char(' ') + line);
}

void ApplyCommand::onTeardownListed(const QList<TeardownInventory::Item>& items,
                                    const QString& error)
{
    if (!error.isEmpty()) {
        m_err
            << tr("Cannot list what the teardown would delete; nothing was deleted: %1").arg(error)
            << Qt::endl;
        finish(1);
        return;
    }
    QList<TeardownInventory::Item> foreign;
    for (const TeardownInventory::Item& item : items) {
        m_out << "  " << (item.ours ? QStringLiteral("  ") : QStringLiteral("! ")) << item.group
              << " / " << item.type << " / " << item.name << Qt::endl;
        if (!item.ours)
            foreign << item;
    }
    if (items.isEmpty())
        m_out << "  " << tr("(nothing is left in either resource group)") << Qt::endl;
    printLocalLeftovers();
    if (m_signal) {
        finish(128 + m_signal);
        return;
    }
    if (!confirmTeardown() || (!foreign.isEmpty() && !confirmForeign(foreign))) {
        finish(2);
        return;
    }
    if (startRun() == 2)
        finish(2);
    else
        watchTeardown();
}

bool ApplyCommand::confirmForeign(const QList<TeardownInventory::Item>& foreign)
{
    m_out << tr("Resources marked with ! above (%1) are not this deployment's: it did not create "
                "them. Deleting the resource group deletes them too.")
                 .arg(foreign.size())
          << Qt::endl;
    if (m_options.deleteForeign)
        return true;
    if (!m_options.confirm && ::isatty(STDIN_FILENO)) {
        m_out << tr("Type their number (%1) to delete them too: ").arg(foreign.size()) << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() == QString::number(foreign.size()))
            return true;
    }
    m_err << tr("Nothing was deleted. Move them to another resource group first, or confirm "
                "with --delete-foreign.")
          << Qt::endl;
    spdlog::warn("destroy: refused, {} resource(s) not the deployment's", foreign.size());
    return false;
}

bool ApplyCommand::confirmTeardown()
{
    const QString group = m_settings.value(keys::ResourceGroup);
    m_out << tr("This deletes the resource group %1 and everything in it, and with the AKS "
                "cluster its node resource group %2. Nothing else is deleted.")
                 .arg(group, m_settings.value(keys::ManagedRg))
          << Qt::endl;
    if (m_options.purgeWorkspace)
        m_out << tr("The Log Analytics workspace %1 is deleted for good first (purged): its logs "
                    "cannot be recovered, and its name is free at once.")
                     .arg(m_settings.value(keys::Ala))
              << Qt::endl;
    else
        m_out << tr("The Log Analytics workspace %1 stays soft-deleted for 14 days: a deployment "
                    "into the same resource group recovers it, and no other resource group can "
                    "use its name meanwhile (--purge-workspace deletes it for good).")
                     .arg(m_settings.value(keys::Ala))
              << Qt::endl;
    QString typed;
    if (m_options.confirm) {
        typed = *m_options.confirm;
    } else if (::isatty(STDIN_FILENO)) {
        m_out << tr("Type the resource group's name to delete it: ") << Qt::flush;
        QTextStream in(stdin);
        typed = in.readLine().trimmed();
    } else {
        m_err << tr("--destroy needs --confirm %1 when no terminal can ask for it; nothing was "
                    "deleted.")
                     .arg(group)
              << Qt::endl;
        return false;
    }
    if (typed != group) {
        m_err << tr("\"%1\" is not the resource group's name (%2); nothing was deleted.")
                     .arg(typed, group)
              << Qt::endl;
        spdlog::warn("destroy: refused, the confirmation did not match");
        return false;
    }
    return true;
}

} // namespace cnpg
