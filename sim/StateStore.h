#pragma once
// The state file: every access holds a lock file next to it, and every write replaces the file
// atomically, so that any number of parallel invocations see consistent states and lose
// nothing. The lock is held only while the JSON is read, changed and written: never while a
// simulated operation takes its time.

#include "State.h"

#include <QString>
#include <functional>

namespace cnpg::sim {

class StateStore
{
public:
    explicit StateStore(QString path);

    const QString& path() const { return m_path; }

    // Runs `fn` under the lock and writes the state back. An exception thrown by `fn` leaves
    // the file untouched (the change is abandoned) and propagates.
    void update(const std::function<void(State&)>& fn);
    // Runs `fn` under the lock; nothing is written.
    void read(const std::function<void(State&)>& fn);
    // Replaces the state with a fresh one (new account ids, nothing created).
    void reset();

private:
    State load() const;
    void save(const State& state) const;

    QString m_path;
};

} // namespace cnpg::sim
