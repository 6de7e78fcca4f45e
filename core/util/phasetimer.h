#pragma once

// PhaseTimer: where a long operation's time goes, for measuring on a machine shared with others.
// When the environment variable it is given is set (RAPPORT_IMPORT_TIMING for the customer
// import), each lap() prints the phase's wall time and the whole process's CPU time (user and
// system, every thread) since the previous lap on stderr; otherwise it does nothing. The CPU time
// is the figure to compare when other processes share the cores.

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace rapport {

class PhaseTimer final
{
public:
    explicit PhaseTimer(const char *variable, const char *prefix)
        : m_on(qEnvironmentVariableIsSet(variable))
        , m_prefix(prefix)
    {
        if (m_on) {
            m_wall.start();
            m_cpu = cpuMs();
        }
    }
    bool on() const { return m_on; }
    // Prints "<prefix>: <what>: <wall> ms wall, <cpu> ms CPU" and starts the next phase.
    void lap(const char *what)
    {
        if (!m_on)
            return;
        const double cpu = cpuMs();
        std::fprintf(stderr,
                     "%s: %s: %lld ms wall, %.0f ms CPU\n",
                     m_prefix,
                     what,
                     qint64(m_wall.restart()),
                     cpu - m_cpu);
        m_cpu = cpu;
    }

    // The calling thread's CPU time so far, in ms.
    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
    }

private:
    static double cpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
    }

    bool m_on;
    const char *m_prefix;
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

} // namespace rapport
