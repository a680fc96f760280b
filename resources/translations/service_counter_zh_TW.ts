<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
    <context>
        <name>errors</name>
        <message>
            <source>--tickets: at least 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Service Counter database, or it is damaged; it was left untouched. Restore a backup or choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {where} cannot be read ({detail}); it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where} is another program's database, not Service Counter's; it was left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {where} was made by a newer version of Service Counter (schema {revision}); update the program to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {where} needs an upgrade; run init.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ticket was changed by someone else; it has been reloaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: '{text}' is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: at most 2 decimal places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user} ({role}) may not do this; it needs: {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ticket {ticket_no}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} was changed by someone else; reload it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{text}' is neither an IMEI nor a serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No device with {identifier} has been in before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email: not an email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the IMEI or the serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The second IMEI repeats the first one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown service type {value}; use one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown condition items: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the device's condition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown priority {value}; use one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promised time: give a time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promised time: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purchase date: cannot be in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A return or exchange needs the purchase date and the invoice or receipt number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bought {days} days ago: past the {limit}-day exchange period; take it in as a warranty repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No technician {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown payment method {value}; use one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount: must be above zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cash given is less than the amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{amount} is more than the balance of {balance} on {ticket_no}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No payment {payment_id} on {ticket_no}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At most {refundable} of that payment can be refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown line kind {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: it cannot be quoted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No part {sku}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such quote line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer has answered this quote already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return the part to stock before removing its line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown way of consent {value}; use one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: no quote awaits an answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no quote to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warranty decision: free or paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown setting {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key}: a whole number is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key}: cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key}: unknown fields {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown time zone {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown status {status}; statuses are: {statuses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name: 2 to 50 letters, digits, dots, dashes or underscores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown role {role}; use one of: {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User {name} exists already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password: at least 4 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No user {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong user name or password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} cannot go from {current} to {status}; allowed: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} is {current}: it is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} awaits the customer's answer: record it with approve or decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the quote lines first: there is nothing to approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket {ticket_no} still has {balance} to pay before collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refund the {paid} paid on {ticket_no} before cancelling it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMEI: enter the 15-digit IMEI (dial *#06#)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMEI: only digits are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMEI: 16 digits is an IMEISV (software version); enter the 15-digit IMEI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMEI: must be 15 digits, got {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMEI: the check digit is wrong, re-check the number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial number: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial number: 4 to 30 letters and digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: '{text}' is not a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: '{text}' is not a valid phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name: at most {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: at most {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity: '{text}' is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity: must be at least 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity: too large</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>