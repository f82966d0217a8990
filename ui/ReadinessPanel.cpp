#include "ReadinessPanel.h"

#include "preflight/ReadinessText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cnpg {

namespace {
QColor verdictColor(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Verdict::Blocking:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::CouldNotRun:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor();
}
} // namespace

ReadinessPanel::ReadinessPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_recheck(new QPushButton(this))
    , m_register(new QPushButton(this))
{
    setObjectName(QStringLiteral("readiness"));
    m_summary->setObjectName(QStringLiteral("readinessSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("readinessList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    m_recheck->setObjectName(QStringLiteral("readinessRecheck"));
    m_register->setObjectName(QStringLiteral("registerProviders"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_register);
    buttons->addWidget(m_recheck);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_recheck, &QPushButton::clicked, this, &ReadinessPanel::recheckRequested);
    connect(m_register, &QPushButton::clicked, this,
            [this] { emit registerRequested(unregistered()); });
    refresh();
}

void ReadinessPanel::setState(State state)
{
    m_state = state;
    if (state != State::Checked)
        m_findings.clear();
    refresh();
}

void ReadinessPanel::setFindings(const Findings& findings)
{
    m_state = State::Checked;
    m_findings = findings;
    refresh();
}

void ReadinessPanel::setRegistering(bool registering)
{
    m_registering = registering;
    refresh();
}

bool ReadinessPanel::hasBlocking() const
{
    for (const Finding& f : m_findings) {
        if (f.blocking())
            return true;
    }
    return false;
}

QStringList ReadinessPanel::unregistered() const
{
    for (const Finding& f : m_findings) {
        if (f.check == CheckId::Providers && f.code == finding::ProvidersUnregistered)
            return f.items;
    }
    return {};
}

void ReadinessPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QGroupBox::changeEvent(event);
}

void ReadinessPanel::refresh()
{
    setTitle(tr("Readiness in Azure"));
    m_list->setHeaderLabels({tr("Check"), tr("Result"), tr("Finding and fix")});
    m_list->setAccessibleName(tr("Readiness checks"));
    m_recheck->setText(tr("Check a&gain"));
    m_register->setText(m_registering ? tr("Registering…") : tr("&Register the providers"));
    m_register->setVisible(!unregistered().isEmpty() || m_registering);
    m_register->setEnabled(!m_registering);
    m_recheck->setEnabled(m_state != State::Checking && !m_registering);

    m_list->clear();
    for (const Finding& f : m_findings) {
        QString text = ReadinessText::describe(f);
        const QString fix = ReadinessText::fix(f);
        if (!fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(fix);
        auto* item = new QTreeWidgetItem(
            m_list, {ReadinessText::title(f.check), ReadinessText::verdict(f.verdict), text});
        item->setForeground(1, verdictColor(f.verdict));
        item->setToolTip(2, text);
    }
    int blocking = 0, warnings = 0, notRun = 0;
    for (const Finding& f : m_findings) {
        blocking += f.verdict == Verdict::Blocking ? 1 : 0;
        warnings += f.verdict == Verdict::Warning ? 1 : 0;
        notRun += f.verdict == Verdict::CouldNotRun ? 1 : 0;
    }
    QString summary;
    switch (m_state) {
    case State::NotChecked:
        summary = tr("Not checked yet: sign in to Azure and complete the settings.");
        break;
    case State::Checking:
        summary = tr("Asking Azure about quota, VM sizes, providers, permissions and the "
                     "region…");
        break;
    case State::Checked:
        if (blocking > 0)
            summary = tr("%n blocking finding(s): the deployment cannot start until they are "
                         "fixed.",
                         nullptr, blocking);
        else if (notRun > 0)
            summary = tr("%n check(s) could not run; the others found nothing blocking.", nullptr,
                         notRun);
        else if (warnings > 0)
            summary = tr("Ready, with %n warning(s).", nullptr, warnings);
        else
            summary = tr("Ready: Azure has what the deployment needs.");
        break;
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(blocking > 0 ? QStringLiteral("color: #c62828; font-weight: bold;")
                                          : QString());
    m_list->setVisible(!m_findings.isEmpty());
}

} // namespace cnpg
