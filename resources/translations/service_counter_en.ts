<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AftercarePage</name>
        <message numerus="yes">
            <source>Not reached %n time(s): closed as unreachable.</source>
            <translation>
                <numerusform>Not reached %n time: closed as unreachable.</numerusform>
                <numerusform>Not reached %n times: closed as unreachable.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) due, {overdue} overdue</source>
            <translation>
                <numerusform>%n call due, {overdue} overdue</numerusform>
                <numerusform>%n calls due, {overdue} overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiscontinueDialog</name>
        <message numerus="yes">
            <source>Electronic part: kept %n year(s)</source>
            <translation>
                <numerusform>Electronic part: kept %n year</numerusform>
                <numerusform>Electronic part: kept %n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <source>Nothing will be imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>Nothing will be imported: %n row has errors.</numerusform>
                <numerusform>Nothing will be imported: %n rows have errors.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message numerus="yes">
            <source>%n bad row(s) (highlighted): fix them and check again. Nothing was imported.</source>
            <translation>
                <numerusform>%n bad row (highlighted): fix it and check again. Nothing was imported.</numerusform>
                <numerusform>%n bad rows (highlighted): fix them and check again. Nothing was imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{heading}: %n row(s); customers {new_customers} new, {old_customers} matched; devices {new_devices} new, {old_devices} matched; past repairs: {tickets}, comebacks: {comebacks}</source>
            <translation>
                <numerusform>{heading}: %n row; customers {new_customers} new, {old_customers} matched; devices {new_devices} new, {old_devices} matched; past repairs: {tickets}, comebacks: {comebacks}</numerusform>
                <numerusform>{heading}: %n rows; customers {new_customers} new, {old_customers} matched; devices {new_devices} new, {old_devices} matched; past repairs: {tickets}, comebacks: {comebacks}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message numerus="yes">
            <source>{brand} {model} · %n earlier ticket(s)</source>
            <translation>
                <numerusform>{brand} {model} · %n earlier ticket</numerusform>
                <numerusform>{brand} {model} · %n earlier tickets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobBoard</name>
        <message numerus="yes">
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>%n ticket</numerusform>
                <numerusform>%n tickets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MaintenanceDuePanel</name>
        <message numerus="yes">
            <source>%n device(s) due for maintenance</source>
            <translation>
                <numerusform>%n device due for maintenance</numerusform>
                <numerusform>%n devices due for maintenance</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartsPage</name>
        <message numerus="yes">
            <source>%n part(s) written to {path}</source>
            <translation>
                <numerusform>%n part written to {path}</numerusform>
                <numerusform>%n parts written to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayAppointments</name>
        <message numerus="yes">
            <source>%n appointment(s) today</source>
            <translation>
                <numerusform>%n appointment today</numerusform>
                <numerusform>%n appointments today</numerusform>
            </translation>
        </message>
    </context>
</TS>