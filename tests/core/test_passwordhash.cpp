// PasswordHasher: argon2id through libsodium at no less than OWASP's parameters, verification,
// and the rehash decision (only when the parameters rose, never down to ours).
#include "core/services/passwordhash.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// The m (KiB) and t of a hash string "$argon2id$v=19$m=65536,t=2,p=1$...".
std::pair<quint64, quint64> parameters(const QString &hash)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$"))
              .match(hash);
    REQUIRE(m.hasMatch());
    return {m.captured(1).toULongLong(), m.captured(2).toULongLong()};
}

const PasswordHasher::Cost Cheap{1, 8 * 1024 * 1024};

} // namespace

TEST_CASE("Passwords are hashed with argon2id at OWASP's parameters or above", "[passwordhash]")
{
    const PasswordHasher::Cost cost = PasswordHasher::defaultCost();
    const PasswordHasher::Cost floor = PasswordHasher::minimumCost();
    CHECK(floor.memLimit == 19u * 1024 * 1024);
    CHECK(floor.opsLimit == 2);
    CHECK(cost.memLimit >= floor.memLimit);
    CHECK(cost.opsLimit >= floor.opsLimit);

    const PasswordHasher hasher;
    QElapsedTimer timer;
    timer.start();
    Result<QString> hash = hasher.hash(QStringLiteral("correct horse battery"));
    const qint64 ms = timer.elapsed();
    REQUIRE(hash);
    const auto [memKiB, ops] = parameters(*hash);
    CHECK(memKiB * 1024 == cost.memLimit);
    CHECK(ops == cost.opsLimit);
    WARN("one argon2id hash at the default cost: " << ms << " ms");

    CHECK(PasswordHasher::verify(*hash, QStringLiteral("correct horse battery")));
    CHECK_FALSE(PasswordHasher::verify(*hash, QStringLiteral("correct horse batterY")));
    CHECK_FALSE(PasswordHasher::verify(QString(), QStringLiteral("")));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("x")));
    // Salted: the same password never gives the same string twice.
    Result<QString> again = hasher.hash(QStringLiteral("correct horse battery"));
    REQUIRE(again);
    CHECK(*again != *hash);
    // Not ASCII: hashed as UTF-8.
    Result<QString> umlaut = PasswordHasher(Cheap).hash(QStringLiteral("Grüße aus Köln"));
    REQUIRE(umlaut);
    CHECK(PasswordHasher::verify(*umlaut, QStringLiteral("Grüße aus Köln")));
    CHECK_FALSE(PasswordHasher::verify(*umlaut, QStringLiteral("Grusse aus Koln")));
}

TEST_CASE("A hash is due for a rehash when the parameters rose, not when they fell",
          "[passwordhash]")
{
    const PasswordHasher current;
    Result<QString> weak = PasswordHasher(Cheap).hash(QStringLiteral("s3cret-pass"));
    REQUIRE(weak);
    CHECK(parameters(*weak).first == 8 * 1024);
    CHECK(current.needsRehash(*weak));

    Result<QString> same = current.hash(QStringLiteral("s3cret-pass"));
    REQUIRE(same);
    CHECK_FALSE(current.needsRehash(*same));

    // A hash a later Rapport made stronger (more passes) stays as it is.
    PasswordHasher::Cost stronger = PasswordHasher::defaultCost();
    stronger.opsLimit += 1;
    Result<QString> strong = PasswordHasher(stronger).hash(QStringLiteral("s3cret-pass"));
    REQUIRE(strong);
    CHECK_FALSE(current.needsRehash(*strong));
    // Something that is no argon2id string at all is replaced at the next good sign-in.
    CHECK(current.needsRehash(QStringLiteral("$2y$10$notargon")));
}

TEST_CASE("A new password needs at least eight characters", "[passwordhash]")
{
    CHECK_FALSE(PasswordHasher::acceptable(QStringLiteral("1234567")));
    CHECK(PasswordHasher::acceptable(QStringLiteral("1234567")).error().kind()
          == Error::Kind::Validation);
    CHECK(PasswordHasher::acceptable(QStringLiteral("12345678")));
    // Characters as people count them: four emoji are four, not eight UTF-16 units.
    CHECK_FALSE(
        PasswordHasher::acceptable(QStringLiteral("\U0001F511\U0001F511\U0001F511\U0001F511")));
    CHECK_FALSE(PasswordHasher::acceptable(QString(1025, QLatin1Char('x'))));
}
