#pragma once

#include <QString>

namespace rapport {

// Error is what went wrong, told as one sentence a user can act on, plus a kind the caller can
// branch on and, for validation errors, the name of the field at fault.
class Error final
{
public:
    enum class Kind {
        Io,         // a file or folder cannot be read, written or found
        NotRapport, // the file is not a Rapport database
        TooNew,     // the database was written by a newer Rapport
        Damaged,    // the database fails its integrity checks
        Validation, // a field value is refused; field() names it
        Conflict,   // the row changed since it was read (stale version)
        NotFound,   // the row does not exist (any more)
        Database,   // any other error reported by the database engine
        Cancelled,  // the user stopped a long operation
        Forbidden,  // the signed-in user's role does not allow it (or nobody is signed in)
    };

    Error(Kind kind, QString message, QString field = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_field(std::move(field))
    {}

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &field() const { return m_field; }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
};

} // namespace rapport
