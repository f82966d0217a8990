#include "process/Mailbox.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace cnpg {

namespace {
QEvent::Type wakeEventType()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}
} // namespace

Mailbox::Mailbox(QObject* parent)
    : QObject(parent)
{
    wakeEventType(); // registered before any thread can race to it
}

Mailbox::~Mailbox() = default;

void Mailbox::post(Call call)
{
    bool wake = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_calls.push_back(std::move(call));
        wake = !m_wakePending;
        m_wakePending = true;
    }
    if (wake)
        QCoreApplication::postEvent(this, new QEvent(wakeEventType()));
}

bool Mailbox::event(QEvent* event)
{
    if (event->type() != wakeEventType())
        return QObject::event(event);
    std::vector<Call> calls;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        calls.swap(m_calls);
        m_wakePending = false;
    }
    // A call may post more (they wait for the next wake-up). Should one end this mailbox's
    // owner, the calls after it have nobody left to reach.
    const QPointer<Mailbox> alive(this);
    for (Call& call : calls) {
        call();
        if (!alive)
            break;
    }
    return true;
}

} // namespace cnpg
