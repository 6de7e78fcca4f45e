#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTemporaryDir;

class QWidget;

namespace rapport {

class MainWindow;

// ScreenshotTour walks the main window through its main views on the open database and saves a
// picture of each in a folder: the pictures in docs/screenshots are made this way
// (`rapport --db FILE --screenshots DIR`, see scripts/screenshots). Each step brings a view up,
// waits for it to lay out and paint, and grabs the window or the dialog it opened.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow &window, QString folder, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();
    // The files written so far.
    const QStringList &written() const { return m_written; }

Q_SIGNALS:
    // All pictures are saved (ok), or one could not be (the sentence says which).
    void finished(bool ok, const QString &message);

private:
    struct Step
    {
        QString file;
        std::function<QWidget *()> show;  // the widget to grab; null skips the step
        std::function<bool()> ready = {}; // polled before the grab (e.g. computing done)
    };

    void addSteps();
    QString writeImportSample();
    void next();
    void grab(const Step &step, QWidget *widget);
    void grabWhenReady(const Step &step, QWidget *widget, int waitedMs);

    MainWindow &m_window;
    QString m_folder;
    std::vector<Step> m_steps;
    std::size_t m_next = 0;
    QStringList m_written;
    std::shared_ptr<QTemporaryDir> m_sampleDir; // the file the import wizard is shown on
};

} // namespace rapport
