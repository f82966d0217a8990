#pragma once

#include <QObject>
#include <functional>
#include <mutex>
#include <vector>

namespace cnpg {

// Hands calls from any thread to the thread this object lives in, in order. The calls wait
// under a mutex of ours and the receiving thread is woken by an empty posted event: Qt's own
// event queue is locked inside QtCore, out of ThreadSanitizer's sight, so a lambda carried by
// QMetaObject::invokeMethod across threads looks like a data race to it, and one carried here
// does not. One wake-up event stands for any number of waiting calls.
class Mailbox : public QObject
{
public:
    using Call = std::function<void()>;

    explicit Mailbox(QObject* parent = nullptr);
    ~Mailbox() override; // calls still waiting are dropped

    void post(Call call); // thread-safe

protected:
    bool event(QEvent* event) override;

private:
    std::mutex m_mutex;
    std::vector<Call> m_calls;
    bool m_wakePending = false;
};

} // namespace cnpg
