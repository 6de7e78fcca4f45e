#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace rapport {

// PasswordHasher turns passwords into argon2id hash strings and checks them (libsodium's
// crypto_pwhash_str: the string carries its salt and parameters, so a hash made with older
// parameters still verifies). The default cost is libsodium's "interactive" limits, 64 MiB and
// t = 2, above OWASP's minimum for argon2id (m = 19 MiB, t = 2, p = 1); about 85 ms here.
// Tests and a sign-in's rehash compare costs through needsRehash().
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    struct Cost
    {
        unsigned long long opsLimit; // argon2id's t (passes over memory)
        std::size_t memLimit;        // bytes
    };
    static Cost defaultCost();
    // The floor this build accepts for a new hash: OWASP's m = 19 MiB, t = 2.
    static Cost minimumCost();

    PasswordHasher()
        : m_cost(defaultCost())
    {}
    // A hasher with other parameters: a test seam (lower parameters make a hash that a default
    // hasher then finds in need of a rehash).
    explicit PasswordHasher(Cost cost)
        : m_cost(cost)
    {}
    Cost cost() const { return m_cost; }

    // The rules a new password must meet: at least 8 characters, at most 1024 (NIST 800-63B:
    // length, not composition rules). One sentence when it does not.
    static Status acceptable(const QString &password);
    // The hash string of `password` at this hasher's cost.
    Result<QString> hash(const QString &password) const;
    // Whether `password` matches `hash` (false for an empty or malformed hash).
    static bool verify(const QString &hash, const QString &password);
    // Whether `hash` was made with other parameters than this hasher's (so a sign-in that just
    // verified the password should store a new hash of it).
    bool needsRehash(const QString &hash) const;

private:
    Cost m_cost;
};

} // namespace rapport
