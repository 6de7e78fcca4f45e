#pragma once

#include <QByteArray>

namespace rapport::test {

// An SQLite VFS that behaves like a disk with `bytes` free: a write that would take a file past
// that size fails with SQLITE_FULL. Registered under name() (not as the default) while the object
// lives; pass name() where a VFS can be chosen (BackupOptions::vfs).
class FullDiskVfs final
{
public:
    explicit FullDiskVfs(qint64 bytes);
    ~FullDiskVfs();
    FullDiskVfs(const FullDiskVfs &) = delete;
    FullDiskVfs &operator=(const FullDiskVfs &) = delete;

    static QByteArray name() { return QByteArrayLiteral("rapport-test-full-disk"); }
    int refusedWrites() const;
};

} // namespace rapport::test
