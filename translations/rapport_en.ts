<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchRevert</name>
    <message numerus="yes">
        <location filename="../core/services/batchrevert.cpp" line="+152"/>
        <source>%Ln row(s) loaded</source>
        <translation>
            <numerusform>%Ln row loaded</numerusform>
            <numerusform>%Ln rows loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+23"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <location line="+17"/>
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>%Ln customer created</numerusform>
            <numerusform>%Ln customers created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%Ln customer(s) updated</source>
        <translation>
            <numerusform>%Ln customer updated</numerusform>
            <numerusform>%Ln customers updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln customer(s) unchanged</source>
        <translation>
            <numerusform>%Ln customer unchanged</numerusform>
            <numerusform>%Ln customers unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln deleted</numerusform>
            <numerusform>%Ln deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln restored</source>
        <translation>
            <numerusform>%Ln restored</numerusform>
            <numerusform>%Ln restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln row(s) deleted</source>
        <translation>
            <numerusform>%Ln row deleted</numerusform>
            <numerusform>%Ln rows deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln field(s) set back</source>
        <translation>
            <numerusform>%Ln field set back</numerusform>
            <numerusform>%Ln fields set back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>on %Ln row(s)</source>
        <translation>
            <numerusform>on %Ln row</numerusform>
            <numerusform>on %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) restored</source>
        <translation>
            <numerusform>%Ln row restored</numerusform>
            <numerusform>%Ln rows restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>%n change(s) made since the batch would be overwritten; choose to keep them or to overwrite them.</source>
        <translation>
            <numerusform>%n change made since the batch would be overwritten; choose to keep them or to overwrite them.</numerusform>
            <numerusform>%n changes made since the batch would be overwritten; choose to keep them or to overwrite them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message numerus="yes">
        <location filename="../core/demo/demogenerator.cpp" line="+287"/>
        <source>The database already holds %n customer(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>The database already holds %n customer; demo data only goes into an empty database.</numerusform>
            <numerusform>The database already holds %n customers; demo data only goes into an empty database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message numerus="yes">
        <location filename="../core/models/historywording.cpp" line="+181"/>
        <source>Imported %Ln customer(s)</source>
        <translation>
            <numerusform>Imported %Ln customer</numerusform>
            <numerusform>Imported %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Loaded demo data: %Ln customer(s)</source>
        <translation>
            <numerusform>Loaded demo data: %Ln customer</numerusform>
            <numerusform>Loaded demo data: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %Ln order(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln order from %1</numerusform>
            <numerusform>Imported %Ln orders from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifetimeValue</name>
    <message numerus="yes">
        <location filename="../core/analytics/clvaverage.cpp" line="+43"/>
        <source>Average lifetime value: the revenue the purchase models expect from a customer over the next %n month(s), discounted, averaged over every customer who had bought by the end of the period (not only those who bought in it).</source>
        <translation>
            <numerusform>Average lifetime value: the revenue the purchase models expect from a customer over the next %n month, discounted, averaged over every customer who had bought by the end of the period (not only those who bought in it).</numerusform>
            <numerusform>Average lifetime value: the revenue the purchase models expect from a customer over the next %n months, discounted, averaged over every customer who had bought by the end of the period (not only those who bought in it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostCustomers</name>
    <message numerus="yes">
        <location filename="../core/analytics/lostcustomers.cpp" line="+17"/>
        <source>Lost: customers who had bought before and then not for more than %n day(s); counted in the period in which that limit passed, if they had not bought again by its end. The lifecycle stage does not count.</source>
        <translation>
            <numerusform>Lost: customers who had bought before and then not for more than %n day; counted in the period in which that limit passed, if they had not bought again by its end. The lifecycle stage does not count.</numerusform>
            <numerusform>Lost: customers who had bought before and then not for more than %n days; counted in the period in which that limit passed, if they had not bought again by its end. The lifecycle stage does not count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RapportCli</name>
    <message numerus="yes">
        <location filename="../app/cli/report_clv.cpp" line="+256"/>
        <source>The BG/NBD fit did not settle within %n likelihood evaluations: its parameters are where the search stopped, not the best fit, and so are the figures below.</source>
        <translation>
            <numerusform>The BG/NBD fit did not settle within %n likelihood evaluation: its parameters are where the search stopped, not the best fit, and so are the figures below.</numerusform>
            <numerusform>The BG/NBD fit did not settle within %n likelihood evaluations: its parameters are where the search stopped, not the best fit, and so are the figures below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/report_lost.cpp" line="+125"/>
        <source>%n customer(s) lost from %1 to %2 (purchases in %3).</source>
        <translation>
            <numerusform>%n customer lost from %1 to %2 (purchases in %3).</numerusform>
            <numerusform>%n customers lost from %1 to %2 (purchases in %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/duplicates.cpp" line="+130"/>
        <source>No likely duplicates among %n customer(s).</source>
        <translation>
            <numerusform>No likely duplicates among %n customer.</numerusform>
            <numerusform>No likely duplicates among %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/export.cpp" line="+75"/>
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n customer to %1.</numerusform>
            <numerusform>Exported %n customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Left out the %1 of %n customer(s) who opted out.</source>
        <translation>
            <numerusform>Left out the %1 of %n customer who opted out.</numerusform>
            <numerusform>Left out the %1 of %n customers who opted out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Left out %n customer(s) who did not opt in.</source>
        <translation>
            <numerusform>Left out %n customer who did not opt in.</numerusform>
            <numerusform>Left out %n customers who did not opt in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/privacy.cpp" line="+268"/>
        <source>Customer %1 erased: now &quot;%2&quot;; %n history entries blanked (batch %3).</source>
        <translation>
            <numerusform>Customer %1 erased: now &quot;%2&quot;; %n history entry blanked (batch %3).</numerusform>
            <numerusform>Customer %1 erased: now &quot;%2&quot;; %n history entries blanked (batch %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/revert.cpp" line="+275"/>
        <source>Changed since the batch (%n):</source>
        <translation>
            <numerusform>Changed since the batch (%n):</numerusform>
            <numerusform>Changed since the batch (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) made since the batch would be overwritten; run again with --keep-changes to keep them or --overwrite to restore the old values.</source>
        <translation>
            <numerusform>%n change made since the batch would be overwritten; run again with --keep-changes to keep them or --overwrite to restore the old values.</numerusform>
            <numerusform>%n changes made since the batch would be overwritten; run again with --keep-changes to keep them or --overwrite to restore the old values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <location filename="../core/services/signin.cpp" line="+126"/>
        <source>Too many failed attempts; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts; try again in %n second.</numerusform>
            <numerusform>Too many failed attempts; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+317"/>
        <source>%1 has %n problem(s); restore it from a backup.</source>
        <translation>
            <numerusform>%1 has %n problem; restore it from a backup.</numerusform>
            <numerusform>%1 has %n problems; restore it from a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/backups.cpp" line="+156"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ActivityChart</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/activitychart.cpp" line="+175"/>
        <source>%1 interactions in %n week(s); cases: %2 opened, %3 resolved</source>
        <translation>
            <numerusform>%1 interactions in %n week; cases: %2 opened, %3 resolved</numerusform>
            <numerusform>%1 interactions in %n weeks; cases: %2 opened, %3 resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AuditView</name>
    <message numerus="yes">
        <location filename="../ui/auditview.cpp" line="+181"/>
        <source>The newest %Ln entries; more as you scroll</source>
        <translation>
            <numerusform>The newest %Ln entry; more as you scroll</numerusform>
            <numerusform>The newest %Ln entries; more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ClvChart</name>
    <message numerus="yes">
        <source>%n customer(s), on average %1 %2 each.</source>
        <translation type="vanished">
            <numerusform>%n customer, on average %1 %2.</numerusform>
            <numerusform>%n customers, on average %1 %2 each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valuable but slipping: %n top customer(s) less than half likely to buy again</source>
        <translation type="vanished">
            <numerusform>Valuable but slipping: %n top customer less than half likely to buy again</numerusform>
            <numerusform>Valuable but slipping: %n top customers less than half likely to buy again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/clvchart.cpp" line="+147"/>
        <source>Average lifetime value %1 over the %Ln customer(s) who had bought by the end of the period.</source>
        <translation>
            <numerusform>Average lifetime value %1 over the %Ln customer who had bought by the end of the period.</numerusform>
            <numerusform>Average lifetime value %1 over the %Ln customers who had bought by the end of the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Valuable but slipping: %Ln top customer(s) less than half likely to buy again</source>
        <translation>
            <numerusform>Valuable but slipping: %Ln top customer less than half likely to buy again</numerusform>
            <numerusform>Valuable but slipping: %Ln top customers less than half likely to buy again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CohortTableModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/cohorttablemodel.cpp" line="+104"/>
        <source>Customers who first bought in %1: %2 of %3 (%4) bought again %n month(s) later</source>
        <translation>
            <numerusform>Customers who first bought in %1: %2 of %3 (%4) bought again %n month later</numerusform>
            <numerusform>Customers who first bought in %1: %2 of %3 (%4) bought again %n months later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n month(s) after the first purchase</source>
        <translation>
            <numerusform>%n month after the first purchase</numerusform>
            <numerusform>%n months after the first purchase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln customer(s) first bought in %1</source>
        <translation>
            <numerusform>%Ln customer first bought in %1</numerusform>
            <numerusform>%Ln customers first bought in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) first bought in %1</source>
        <translation type="vanished">
            <numerusform>%n customer first bought in %1</numerusform>
            <numerusform>%n customers first bought in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CustomerHeader</name>
    <message numerus="yes">
        <location filename="../ui/customerheader.cpp" line="+344"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n weeks ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n months</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListExporter</name>
    <message numerus="yes">
        <location filename="../ui/customerlistexport.cpp" line="+55"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Contact details of %Ln customer(s) were left out: they opted out of that channel.</source>
        <translation>
            <numerusform>Contact details of %Ln customer were left out: they opted out of that channel.</numerusform>
            <numerusform>Contact details of %Ln customers were left out: they opted out of that channel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>%Ln customer(s) of the list were left out.</source>
        <translation>
            <numerusform>%Ln customer of the list was left out.</numerusform>
            <numerusform>%Ln customers of the list were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ImportFilePage</name>
    <message numerus="yes">
        <location filename="../ui/importfilepage.cpp" line="+314"/>
        <source>%n columns</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message numerus="yes">
        <source>%1: %Ln customers</source>
        <translation type="vanished">
            <numerusform>%1: %Ln customer</numerusform>
            <numerusform>%1: %Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowbackup.cpp" line="+304"/>
        <source>Salvaged %Ln row(s) from %1; nothing unreadable was found.</source>
        <translation>
            <numerusform>Salvaged %Ln row from %1; nothing unreadable was found.</numerusform>
            <numerusform>Salvaged %Ln rows from %1; nothing unreadable was found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Salvaged %Ln row(s) from %1; some rows could not be read and are missing.</source>
        <translation>
            <numerusform>Salvaged %Ln row from %1; some rows could not be read and are missing.</numerusform>
            <numerusform>Salvaged %Ln rows from %1; some rows could not be read and are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MyDayModel</name>
    <message numerus="yes">
        <location filename="../core/models/mydaymodel.cpp" line="+36"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::MyDayView</name>
    <message numerus="yes">
        <location filename="../ui/mydayview.cpp" line="+230"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n coming up</numerusform>
            <numerusform>%n coming up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ParetoChart</name>
    <message numerus="yes">
        <source>%1 class %2 (%n customers)</source>
        <translation type="vanished">
            <numerusform>%1 class %2 (%n customer)</numerusform>
            <numerusform>%1 class %2 (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with more refunds than purchases count as zero.</source>
        <translation type="vanished">
            <numerusform>%n customer with more refunds than purchases counts as zero.</numerusform>
            <numerusform>%n customers with more refunds than purchases count as zero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/paretochart.cpp" line="+215"/>
        <source>%1 class %2 (%Ln customers)</source>
        <translation>
            <numerusform>%1 class %2 (%Ln customer)</numerusform>
            <numerusform>%1 class %2 (%Ln customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln customer(s) with more refunds than purchases count as zero.</source>
        <translation>
            <numerusform>%Ln customer with more refunds than purchases counts as zero.</numerusform>
            <numerusform>%Ln customers with more refunds than purchases count as zero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RestoreDialog</name>
    <message numerus="yes">
        <location filename="../ui/restoredialog.cpp" line="+232"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RevertDialog</name>
    <message numerus="yes">
        <location filename="../ui/revertdialog.cpp" line="+75"/>
        <source>%n change(s) were made since the batch. Choose for each whether it stays as it is now or gets the value from before the batch back.</source>
        <translation>
            <numerusform>%n change was made since the batch. Choose for each whether it stays as it is now or gets the value from before the batch back.</numerusform>
            <numerusform>%n changes were made since the batch. Choose for each whether it stays as it is now or gets the value from before the batch back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::RfmSegmentsChart</name>
    <message numerus="yes">
        <source>%n customer(s) scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</source>
        <translation type="vanished">
            <numerusform>%n customer scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</numerusform>
            <numerusform>%n customers scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/rfmsegmentschart.cpp" line="+84"/>
        <source>%Ln customer(s) scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</source>
        <translation>
            <numerusform>%Ln customer scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</numerusform>
            <numerusform>%Ln customers scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::SatisfactionQuadrant</name>
    <message numerus="yes">
        <source>%n customer(s) answered a survey.</source>
        <translation type="vanished">
            <numerusform>%n customer answered a survey.</numerusform>
            <numerusform>%n customers answered a survey.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/satisfactionquadrant.cpp" line="+265"/>
        <source>%Ln customer(s) answered a survey.</source>
        <translation>
            <numerusform>%Ln customer answered a survey.</numerusform>
            <numerusform>%Ln customers answered a survey.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message numerus="yes">
        <location filename="../core/models/timelinemodel.cpp" line="+182"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimelinePane</name>
    <message numerus="yes">
        <location filename="../ui/timelinepane.cpp" line="+145"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
