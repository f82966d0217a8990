#pragma once
// What one invocation of the simulator knows about its surroundings: the state file, the time
// scale, the fault list, the clock, and where output goes.

#include <QString>
#include <QStringList>

namespace cnpg::sim {

class SimEnv
{
public:
    // Reads CNPG_SIM_STATE, CNPG_SIM_TIME_SCALE, CNPG_SIM_FAULTS and CNPG_SIM_CLIENT_IP.
    static SimEnv fromEnvironment();

    static constexpr double DefaultTimeScale = 0.02;

    QString statePath;
    double timeScale = DefaultTimeScale;
    QString faults;
    QString clientIp; // when set, kubectl and helm honour the cluster's authorized IP ranges
    QString home;
    QStringList warnings; // problems with the environment itself, printed once by main()

    // Wall-clock milliseconds since the epoch; every state timestamp uses it. CNPG_SIM_CLOCK
    // names a file that holds the time instead (tests move it on themselves).
    static qint64 now();
    // A simulated duration in milliseconds: the profile's seconds times the scale.
    qint64 scaled(double seconds) const;
    // Sleeps until the given wall-clock time (no-op when it has passed).
    static void sleepUntil(qint64 epochMs);
    // A tool's own start-up and round trip: reads take a little time too (real time, also
    // under CNPG_SIM_CLOCK).
    void latency(double seconds = 1.0) const;

    static QString defaultStatePath();
};

// Output of the invocation. Plain stdio: the simulator is a command-line tool.
void out(const QString& text);
void err(const QString& text);

} // namespace cnpg::sim
