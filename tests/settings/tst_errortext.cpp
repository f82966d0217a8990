// Every error code core can report has a message for the user.
#include "SettingErrorText.h"

#include <QSet>
#include <QTest>

using namespace cnpg;

namespace {
// The enum's values, found through settingErrorCodeName() so that a new code is picked up
// without editing this list (a code without a name would end the walk early and fail
// codesAreEnumerated()).
QList<SettingErrorCode> allCodes()
{
    QList<SettingErrorCode> out;
    for (int i = 0; i < 1000; ++i) {
        const auto code = SettingErrorCode(i);
        if (settingErrorCodeName(code) == QLatin1String("Unknown"))
            break;
        out << code;
    }
    return out;
}
} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void codesAreEnumerated()
    {
        const QList<SettingErrorCode> codes = ::allCodes();
        QVERIFY(codes.size() >= 28); // the codes of SettingError.h when this test was written
        QCOMPARE(codes.first(), SettingErrorCode::Required);
        QVERIFY(codes.contains(SettingErrorCode::FileUnreadable));
        QSet<QString> names;
        for (SettingErrorCode c : codes)
            names.insert(settingErrorCodeName(c));
        QCOMPARE(names.size(), codes.size()); // names are unique
    }

    void everyCodeHasAMessage_data()
    {
        QTest::addColumn<int>("code");
        for (SettingErrorCode c : ::allCodes())
            QTest::addRow("%s", qPrintable(settingErrorCodeName(c))) << int(c);
    }

    void everyCodeHasAMessage()
    {
        QFETCH(int, code);
        const SettingError e{QStringLiteral("LOCAL_NAME"), SettingErrorCode(code), 3, 24,
                             QStringLiteral("detail-x")};
        const QString message = SettingErrorText::message(e);
        QVERIFY(!message.trimmed().isEmpty());
        // Placeholders are filled in.
        QVERIFY2(!message.contains(QLatin1String("%1")) && !message.contains(QLatin1String("%2")),
                 qPrintable(message));
        QCOMPARE(SettingErrorText::withField(e), QStringLiteral("LOCAL_NAME: ") + message);
        SettingError fileError = e;
        fileError.field.clear();
        QCOMPARE(SettingErrorText::withField(fileError), SettingErrorText::message(fileError));
    }

    void messagesCarryTheirData()
    {
        using C = SettingErrorCode;
        const auto text = [](C code, int min, int max, const QString& detail) {
            return SettingErrorText::message({QString(), code, min, max, detail});
        };
        QVERIFY(text(C::TooLong, 3, 24, {}).contains(QLatin1String("24")));
        QVERIFY(text(C::TooShort, 3, 24, {}).contains(QLatin1String("3")));
        QVERIFY(text(C::InvalidCharacters, 0, 0, QStringLiteral("#")).contains(QLatin1Char('#')));
        QVERIFY(text(C::UnknownRegion, 0, 0, QStringLiteral("mars")).contains("mars"));
        QVERIFY(text(C::InvalidAddress, 0, 0, QStringLiteral("1.2.3.4/33")).contains("1.2.3.4/33"));
        QVERIFY(text(C::DuplicateTag, 0, 0, QStringLiteral("owner")).contains("owner"));
        QVERIFY(text(C::OutOfRange, 1, 1000, {}).contains(QLatin1String("1000")));
        QVERIFY(text(C::MinGreaterThanMax, 5, 4, {}).contains(QLatin1String("5")));
        QVERIFY(text(C::BrokenJson, 17, 0, QStringLiteral("unterminated")).contains("17"));
        QVERIFY(text(C::WrongType, 0, 0, QStringLiteral("array")).contains("array"));
        QVERIFY(text(C::UnsupportedSchema, 0, 0, QStringLiteral("2")).contains("2"));
        QVERIFY(text(C::RegionWithoutZones, 0, 0, QStringLiteral("westus")).contains("westus"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
