<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
    <context>
        <name />
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>識別號</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服務型別</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收機時間</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>Free of charge (warranty)</source>
            <translation>免費（保修）</translation>
        </message>
        <message>
            <source>Paid repair (not covered by warranty)</source>
            <translation>收費維修（不在保修範圍）</translation>
        </message>
        <message>
            <source>Warranty to be decided after diagnosis</source>
            <translation>檢測後判定是否保修</translation>
        </message>
        <message>
            <source>Awaiting your consent</source>
            <translation>待您確認</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>報價單</translation>
        </message>
        <message>
            <source>Supplementary quote</source>
            <translation>補充報價</translation>
        </message>
        <message>
            <source>Repair warranty until (expected)</source>
            <translation>維修保修期至（預計）</translation>
        </message>
        <message>
            <source>Repair warranty until</source>
            <translation>維修保修期至</translation>
        </message>
        <message>
            <source>In</source>
            <translation>收</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>取</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校準</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>偏移</translation>
        </message>
        <message>
            <source>Ticks every 1 mm, long every 10 mm</source>
            <translation>刻度每1毫米，長刻度每10毫米</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>已檢測</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取機</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payments</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>淨額</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技術員</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>備件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Earlier ticket</source>
            <translation>原工單</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款筆數</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>交機</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工單</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>週轉時間中位數（小時）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均週轉時間（小時）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回訪數</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投訴</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>滿意率</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投訴</translation>
        </message>
        <message>
            <source>By completion date. After-care: follow-ups made, average satisfaction (1-5) and the share of satisfied answers about their jobs, complaints about their jobs and against them, complaints they were responsible for that went overdue.</source>
            <translation>按完成日期統計。售後：完成的回訪數、其工單的平均滿意度（1-5）及滿意率、其工單的投訴及針對本人的投訴、由其負責但已逾期的投訴。</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Intake slip</source>
            <translation>受理單</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收據</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Use Save as PDF, or add a printer in the system settings.</source>
            <translation>本機未安裝印表機。請使用“另存為PDF”，或在系統設定中新增印表機。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存為PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>無法寫入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>預覽…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存為PDF…</translation>
        </message>
        <message>
            <source>Label printer calibration…</source>
            <translation>標籤印表機校準…</translation>
        </message>
    </context>
    <context>
        <name>AftercarePage</name>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>回訪型別</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>維修內容</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技術員</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>撥打次數</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>About</source>
            <translation>被投訴人</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>來電人</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>諮詢內容</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答覆</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回電</translation>
        </message>
        <message>
            <source>Calls due</source>
            <translation>待回訪</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>諮詢</translation>
        </message>
        <message>
            <source>After-care is for the counter, technicians and the manager.</source>
            <translation>售後回訪僅供客服、技術員和經理使用。</translation>
        </message>
        <message>
            <source>Call (show number)</source>
            <translation>撥打（顯示號碼）</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Not reached (try again tomorrow)</source>
            <translation>未接通（明天再撥）</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>未評分</translation>
        </message>
        <message>
            <source>(from the score)</source>
            <translation>（按評分自動判斷）</translation>
        </message>
        <message>
            <source>What the customer said; Enter records the call</source>
            <translation>客戶的反饋；按回車記錄回訪</translation>
        </message>
        <message>
            <source>Record call</source>
            <translation>記錄回訪</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>回訪結果</translation>
        </message>
        <message>
            <source>Satisfaction (1-5)</source>
            <translation>滿意度（1-5）</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反饋類別</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Choose a call in the list first.</source>
            <translation>請先在列表中選擇一條回訪。</translation>
        </message>
        <message>
            <source>Call recorded.</source>
            <translation>回訪已記錄。</translation>
        </message>
        <message>
            <source>Not reached: on the list again on {day}.</source>
            <translation>未接通：{day} 將再次出現在列表中。</translation>
        </message>
        <message>
            <source>Not reached {count} times: closed as unreachable.</source>
            <translation>{count} 次未接通：已按無法聯絡關閉。</translation>
        </message>
        <message>
            <source>Complaint {id} opened.</source>
            <translation>已建立投訴 {id}。</translation>
        </message>
        <message>
            <source>{count} calls due, {overdue} overdue</source>
            <translation>待回訪 {count} 個，其中逾期 {overdue} 個</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>未處理</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>全部類別</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>全部員工</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投訴…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>指派…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>處理…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>結案</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新開啟</translation>
        </message>
        <message>
            <source>Complaint {id} by {customer} ({phone}), recorded {at} by {user}</source>
            <translation>投訴 {id}：{customer}（{phone}），{at} 由 {user} 登記</translation>
        </message>
        <message>
            <source>customer told</source>
            <translation>已告知客戶</translation>
        </message>
        <message>
            <source>customer not told</source>
            <translation>未告知客戶</translation>
        </message>
        <message>
            <source>Resolution: {text} ({told})</source>
            <translation>處理結果：{text}（{told}）</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Responsible person:</source>
            <translation>負責人：</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>處理</translation>
        </message>
        <message>
            <source>How it was resolved:</source>
            <translation>處理結果：</translation>
        </message>
        <message>
            <source>Was the customer told of the outcome?</source>
            <translation>是否已告知客戶處理結果？</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>已告知</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未告知</translation>
        </message>
        <message>
            <source>Call back at</source>
            <translation>回電時間</translation>
        </message>
        <message>
            <source>Save consultation</source>
            <translation>儲存諮詢</translation>
        </message>
        <message>
            <source>Consultation saved.</source>
            <translation>諮詢已儲存。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>New complaint</source>
            <translation>新建投訴</translation>
        </message>
        <message>
            <source>Ticket number (optional)</source>
            <translation>工單號（可選）</translation>
        </message>
        <message>
            <source>Customer's phone, when there is no ticket</source>
            <translation>客戶手機號（無工單時填寫）</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>不針對具體員工</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>投訴內容</translation>
        </message>
        <message>
            <source>Complaint about</source>
            <translation>被投訴人</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Last 4+ digits of the phone, or the name</source>
            <translation>電話後4位以上，或姓名</translation>
        </message>
        <message>
            <source>Erase personal data…</source>
            <translation>刪除個人資訊…</translation>
        </message>
        <message>
            <source>Tickets (double-click to open)</source>
            <translation>工單（雙擊開啟）</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投訴…</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>刪除個人資訊</translation>
        </message>
        <message>
            <source>Erase the name, phone and email of {name}? The repair records stay, anonymous. This cannot be undone.</source>
            <translation>刪除 {name} 的姓名、電話和郵箱？維修記錄將以匿名方式保留。此操作無法撤銷。</translation>
        </message>
    </context>
    <context>
        <name>DeviceHistoryPage</name>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收機時間</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服務型別</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>備件</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Warranty until</source>
            <translation>保修至</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>IMEI or serial number</source>
            <translation>IMEI 或序列號</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>檢視記錄</translation>
        </message>
        <message>
            <source>Take in this device</source>
            <translation>受理此裝置</translation>
        </message>
        <message>
            <source>Under our repair warranty until {date} ({ticket})</source>
            <translation>維修保修期至 {date}（{ticket}）</translation>
        </message>
        <message>
            <source>Open ticket: {ticket}</source>
            <translation>未完成工單：{ticket}</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>匯入預覽</translation>
        </message>
        <message>
            <source>Nothing will be imported: {n} rows have errors.</source>
            <translation>不會匯入任何資料：{n} 行有錯誤。</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>第 {row} 行：{message}</translation>
        </message>
        <message>
            <source>New parts: {n}</source>
            <translation>新增備件：{n}</translation>
        </message>
        <message>
            <source>Changed parts: {n}</source>
            <translation>修改的備件：{n}</translation>
        </message>
        <message>
            <source>Stock counts to adjust: {n}</source>
            <translation>需調整的庫存數：{n}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收機時間</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Warranty until</source>
            <translation>保修至</translation>
        </message>
        <message>
            <source>138 1234 5678 or +852 …</source>
            <translation>138 1234 5678 或 +852 …</translation>
        </message>
        <message>
            <source>15 digits: dial *#06#</source>
            <translation>15位：撥號 *#06# 檢視</translation>
        </message>
        <message>
            <source>for devices without an IMEI</source>
            <translation>用於沒有IMEI的裝置</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收機外觀檢查</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未檢查</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Scratched</source>
            <translation>劃痕</translation>
        </message>
        <message>
            <source>Cracked</source>
            <translation>破裂</translation>
        </message>
        <message>
            <source>Dented</source>
            <translation>凹陷</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>不工作</translation>
        </message>
        <message>
            <source>case, SIM tray, charger…</source>
            <translation>手機殼、卡託、充電器…</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>invoice or receipt number</source>
            <translation>發票或收據號碼</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵箱</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Second IMEI</source>
            <translation>第二個IMEI</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>序列號</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型號</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>顏色</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服務型別</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>隨機附件</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>鎖屏密碼</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>購買資訊</translation>
        </message>
        <message>
            <source>This device's repair history</source>
            <translation>此裝置的維修記錄</translation>
        </message>
        <message>
            <source>Save intake  (Ctrl+S)</source>
            <translation>儲存受理  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>列印標籤</translation>
        </message>
        <message>
            <source>New intake</source>
            <translation>新建受理</translation>
        </message>
        <message>
            <source>Returning customer: {name}</source>
            <translation>老客戶：{name}</translation>
        </message>
        <message>
            <source>New device: not seen before.</source>
            <translation>新裝置：以前沒有維修記錄。</translation>
        </message>
        <message>
            <source>{brand} {model}: {n} earlier tickets</source>
            <translation>{brand} {model}：以前有 {n} 張工單</translation>
        </message>
        <message>
            <source>Under our repair warranty until {date} ({ticket}): a comeback is free</source>
            <translation>維修保修期至 {date}（{ticket}）：返修免費</translation>
        </message>
        <message>
            <source>Still open: {ticket}</source>
            <translation>仍在維修：{ticket}</translation>
        </message>
        <message>
            <source>Enter the IMEI or the serial number</source>
            <translation>請輸入IMEI或序列號</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Saved. Ticket number:</source>
            <translation>已儲存。工單號：</translation>
        </message>
        <message>
            <source>Comeback of {ticket}: free under our repair warranty.</source>
            <translation>返修（原工單 {ticket}）：在維修保修期內，免費。</translation>
        </message>
    </context>
    <context>
        <name>JobBoard</name>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>優先順序</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技術員</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收機時間</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>Search ticket, customer, model, fault…</source>
            <translation>搜尋工單、客戶、機型、故障…</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>全部在修</translation>
        </message>
        <message>
            <source>All technicians</source>
            <translation>全部技術員</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>全部服務型別</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>僅超時</translation>
        </message>
        <message>
            <source>{n} tickets</source>
            <translation>{n} 張工單</translation>
        </message>
    </context>
    <context>
        <name>LabelCalibrationDialog</name>
        <message>
            <source>Label printer calibration</source>
            <translation>標籤印表機校準</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>標籤尺寸（毫米）</translation>
        </message>
        <message>
            <source>Printer resolution (dpi)</source>
            <translation>印表機解析度（dpi）</translation>
        </message>
        <message>
            <source>Offset right (mm)</source>
            <translation>向右偏移（毫米）</translation>
        </message>
        <message>
            <source>Offset down (mm)</source>
            <translation>向下偏移（毫米）</translation>
        </message>
        <message>
            <source>Print calibration page</source>
            <translation>列印校準頁</translation>
        </message>
        <message>
            <source>Label size: use 62x29, 57x32 or WxH in mm</source>
            <translation>標籤尺寸：請用 62x29、57x32 或 寬x高（毫米）</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存為PDF</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{store} — Service Counter</source>
            <translation>{store} — 維修服務檯</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Job board</source>
            <translation>維修看板</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Device history</source>
            <translation>裝置記錄</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>備件</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報表</translation>
        </message>
        <message>
            <source>After-care</source>
            <translation>售後回訪</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>資料庫：{name}</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>當前使用者：{user}（{role}）</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>門店(&amp;S)</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>搜尋…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Scanned {text}: nothing found</source>
            <translation>已掃描 {text}：未找到</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Ticket number, IMEI, phone tail or name:</source>
            <translation>工單號、IMEI、電話尾號或姓名：</translation>
        </message>
        <message>
            <source>Nothing found for {text}</source>
            <translation>沒有找到 {text}</translation>
        </message>
    </context>
    <context>
        <name>PartsPage</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>適用機型</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Low level</source>
            <translation>警戒線</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供應商</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>SKU, barcode, name or model</source>
            <translation>SKU、條碼、名稱或機型</translation>
        </message>
        <message>
            <source>Low stock only</source>
            <translation>僅顯示低庫存</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>入庫…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>匯出到Excel…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>從Excel匯入…</translation>
        </message>
        <message>
            <source>Movements of the selected part</source>
            <translation>所選備件的出入庫記錄</translation>
        </message>
        <message>
            <source>Stock at cost: {value}</source>
            <translation>庫存成本：{value}</translation>
        </message>
        <message>
            <source>Export parts</source>
            <translation>匯出備件</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting parts…</source>
            <translation>正在匯出備件…</translation>
        </message>
        <message>
            <source>{n} parts written to {path}</source>
            <translation>已將 {n} 個備件寫入 {path}</translation>
        </message>
        <message>
            <source>Import parts</source>
            <translation>匯入備件</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在檢查檔案…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>Receive parts</source>
            <translation>備件入庫</translation>
        </message>
        <message>
            <source>Scan or type the SKU / barcode</source>
            <translation>掃描或輸入SKU／條碼</translation>
        </message>
        <message>
            <source>unit cost (optional)</source>
            <translation>單位成本（可選）</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>備件</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>{sku}: {n} on hand</source>
            <translation>{sku}：庫存 {n}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payments</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>淨額</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工單</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>週轉時間中位數（小時）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均週轉時間（小時）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回訪數</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>滿意率</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投訴</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投訴</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>檢視</translation>
        </message>
        <message>
            <source>Business day</source>
            <translation>營業日</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存PDF…</translation>
        </message>
        <message>
            <source>Save Excel…</source>
            <translation>儲存Excel…</translation>
        </message>
        <message>
            <source>Overdue tickets</source>
            <translation>超時工單</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>By completion date. Follow-ups made; satisfaction (1-5) and satisfied answers about their jobs; complaints about their jobs and against them; complaints they were responsible for that went overdue.</source>
            <translation>按完成日期統計。完成的回訪數；其工單的滿意度（1-5）與滿意率；其工單的投訴及針對本人的投訴；由其負責但已逾期的投訴。</translation>
        </message>
        <message>
            <source>Daily close</source>
            <translation>日結</translation>
        </message>
        <message>
            <source>Monthly assessment</source>
            <translation>月度考核</translation>
        </message>
        <message>
            <source>Preparing the daily report…</source>
            <translation>正在生成日報…</translation>
        </message>
        <message>
            <source>Received {received} · diagnosed {diagnosed} · completed {completed} · collected {collected} · cancelled {cancelled} · net takings {net} · comebacks {comebacks} · parts used {parts} ({cost} at cost)</source>
            <translation>受理 {received} · 檢測 {diagnosed} · 完成 {completed} · 取機 {collected} · 取消 {cancelled} · 淨收款 {net} · 返修 {comebacks} · 用料 {parts}（成本 {cost}）</translation>
        </message>
        <message>
            <source>Preparing the monthly report…</source>
            <translation>正在生成月報…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Use Save PDF, or add a printer in the system settings.</source>
            <translation>本機未安裝印表機。請使用“儲存PDF”，或在系統設定中新增印表機。</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>儲存報表</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在儲存…</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Shop settings</source>
            <translation>門店設定</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>Changes apply to every counter; the language at the next start.</source>
            <translation>設定對所有櫃檯生效；語言在下次啟動時生效。</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
    </context>
    <context>
        <name>TicketPage</name>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>專案</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>報價</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>找零</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>Device history</source>
            <translation>裝置記錄</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投訴…</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>工時費</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>備件</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Description, or the part's SKU</source>
            <translation>說明，或備件SKU</translation>
        </message>
        <message>
            <source>Price (parts: from stock)</source>
            <translation>單價（備件按庫存價）</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>刪除行</translation>
        </message>
        <message>
            <source>Mark part used</source>
            <translation>標記備件已使用</translation>
        </message>
        <message>
            <source>Cash given</source>
            <translation>實收現金</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>處理記錄</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款記錄</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>工單資訊</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技術員</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>鎖屏密碼</translation>
        </message>
        <message>
            <source>Add a note and press Enter</source>
            <translation>輸入備註後按回車</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>當面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>簡訊/訊息</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>客戶確認方式</translation>
        </message>
        <message>
            <source>{service}, priority {priority} · received {received} · promised {promised}</source>
            <translation>{service}，優先順序 {priority} · 收機 {received} · 預計完成 {promised}</translation>
        </message>
        <message>
            <source>Fault: {fault}</source>
            <translation>故障：{fault}</translation>
        </message>
        <message>
            <source>Warranty: {decision} {reason}</source>
            <translation>保修：{decision} {reason}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超時</translation>
        </message>
        <message>
            <source>Comeback of {ticket}</source>
            <translation>返修，原工單 {ticket}</translation>
        </message>
        <message>
            <source>Waiting for part: {part}</source>
            <translation>等待備件：{part}</translation>
        </message>
        <message>
            <source>(technicians only)</source>
            <translation>（僅技術員可見）</translation>
        </message>
        <message>
            <source>Total {total} · paid {paid} · balance {balance}</source>
            <translation>合計 {total} · 已付 {paid} · 未付 {balance}</translation>
        </message>
        <message>
            <source>Balance due: {balance}</source>
            <translation>未付餘額：{balance}</translation>
        </message>
        <message>
            <source>Customer approves</source>
            <translation>客戶同意</translation>
        </message>
        <message>
            <source>Customer declines</source>
            <translation>客戶拒絕</translation>
        </message>
        <message>
            <source>The page now shows the latest.</source>
            <translation>頁面已顯示最新內容。</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>銀行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付寶</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <source>Warranty repair</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Return / exchange</source>
            <translation>退換貨</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保養</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>諮詢</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>螢幕</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>後蓋</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>邊框</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>攝像頭</translation>
        </message>
        <message>
            <source>Charging port</source>
            <translation>充電口</translation>
        </message>
        <message>
            <source>Water indicator</source>
            <translation>進水標籤</translation>
        </message>
        <message>
            <source>Powers on</source>
            <translation>能否開機</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>列印時間</translation>
        </message>
        <message>
            <source>S/N</source>
            <translation>序列號</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>識別號</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服務型別</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收機時間</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>專案</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Free of charge (warranty)</source>
            <translation>免費（保修）</translation>
        </message>
        <message>
            <source>Paid repair (not covered by warranty)</source>
            <translation>收費維修（不在保修範圍）</translation>
        </message>
        <message>
            <source>Warranty to be decided after diagnosis</source>
            <translation>檢測後判定是否保修</translation>
        </message>
        <message>
            <source>Warranty decision</source>
            <translation>保修判定</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>預估費用</translation>
        </message>
        <message>
            <source>Intake slip</source>
            <translation>受理單</translation>
        </message>
        <message>
            <source>Fault reported</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收機外觀檢查</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>隨機附件</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>條款</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>客戶簽名</translation>
        </message>
        <message>
            <source>Awaiting your consent</source>
            <translation>待您確認</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>報價單</translation>
        </message>
        <message>
            <source>Supplementary quote</source>
            <translation>補充報價</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>未付餘額</translation>
        </message>
        <message>
            <source>Value of the work</source>
            <translation>維修價值</translation>
        </message>
        <message>
            <source>This quote is valid until</source>
            <translation>本報價有效期至</translation>
        </message>
        <message>
            <source>I agree to the repair and the price above</source>
            <translation>本人同意上述維修方案及價格</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Includes refunds</source>
            <translation>其中退款</translation>
        </message>
        <message>
            <source>Change given</source>
            <translation>找零</translation>
        </message>
        <message>
            <source>Repair warranty until (expected)</source>
            <translation>維修保修期至（預計）</translation>
        </message>
        <message>
            <source>Repair warranty until</source>
            <translation>維修保修期至</translation>
        </message>
        <message>
            <source>No repair warranty: no repair was carried out</source>
            <translation>未進行維修，無維修保修</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收據</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>謝謝惠顧！</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Nothing imported: {count} bad rows: {detail}</source>
            <translation>未匯入任何資料：{count} 行有誤：{detail}</translation>
        </message>
        <message>
            <source>Give the ticket number</source>
            <translation>請提供工單號</translation>
        </message>
        <message>
            <source>--tickets: at least 0</source>
            <translation>--tickets：至少為0</translation>
        </message>
        <message>
            <source>{path} is not a Service Counter database, or it is damaged; it was left untouched. Restore a backup or choose another file.</source>
            <translation>{path} 不是 Service Counter 資料庫或已損壞，檔案未作任何改動。請恢復備份或選擇其他檔案。</translation>
        </message>
        <message>
            <source>The database {where} cannot be read ({detail}); it was left untouched.</source>
            <translation>無法讀取資料庫 {where}（{detail}），檔案未作任何改動。</translation>
        </message>
        <message>
            <source>{where} is another program's database, not Service Counter's; it was left untouched.</source>
            <translation>{where} 是其他程式的資料庫，不是 Service Counter 的，檔案未作任何改動。</translation>
        </message>
        <message>
            <source>The database {where} was made by a newer version of Service Counter (schema {revision}); update the program to open it.</source>
            <translation>資料庫 {where} 由更新版本的 Service Counter 建立（結構版本 {revision}），請升級程式後再開啟。</translation>
        </message>
        <message>
            <source>The database {where} needs an upgrade; run init.</source>
            <translation>資料庫 {where} 需要升級，請執行 init。</translation>
        </message>
        <message>
            <source>This ticket was changed by someone else; it has been reloaded.</source>
            <translation>此工單已被他人修改，已重新載入。</translation>
        </message>
        <message>
            <source>No file {path}</source>
            <translation>沒有檔案 {path}</translation>
        </message>
        <message>
            <source>{name} is an old .xls workbook: open it in Excel and save as .xlsx</source>
            <translation>{name} 是舊版 .xls 工作簿，請在 Excel 中開啟並另存為 .xlsx</translation>
        </message>
        <message>
            <source>{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)</source>
            <translation>{name} 不是 Excel .xlsx 工作簿（可能是改名的 .csv 或已損壞的檔案）</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} 是空檔案</translation>
        </message>
        <message>
            <source>Unknown columns: {names}; use the exported Parts sheet</source>
            <translation>未知列：{names}；請使用匯出的備件表作為模板</translation>
        </message>
        <message>
            <source>The {column} column is missing</source>
            <translation>缺少 {column} 列</translation>
        </message>
        <message>
            <source>Discontinued: use yes or no, not '{text}'</source>
            <translation>停產：請填寫 yes 或 no，而不是“{text}”</translation>
        </message>
        <message>
            <source>On hand: '{text}' is not a whole number of 0 or more</source>
            <translation>庫存：“{text}”不是大於等於0的整數</translation>
        </message>
        <message>
            <source>Amount: required</source>
            <translation>金額：必填</translation>
        </message>
        <message>
            <source>Amount: '{text}' is not a number</source>
            <translation>金額：“{text}”不是數字</translation>
        </message>
        <message>
            <source>Amount: cannot be negative</source>
            <translation>金額：不能為負數</translation>
        </message>
        <message>
            <source>Amount: at most 2 decimal places</source>
            <translation>金額：最多兩位小數</translation>
        </message>
        <message>
            <source>Amount: too large</source>
            <translation>金額：數值過大</translation>
        </message>
        <message>
            <source>Unknown document {kind}; use one of: {allowed}</source>
            <translation>未知單據 {kind}，可選：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no payments yet: there is no receipt to print</source>
            <translation>工單 {ticket_no} 尚無付款，沒有可列印的收據</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no quote yet</source>
            <translation>工單 {ticket_no} 尚無報價</translation>
        </message>
        <message>
            <source>Paper: use a4 or 80mm</source>
            <translation>紙張：請用 a4 或 80mm</translation>
        </message>
        <message>
            <source>Label size {size}: use 62x29, 57x32 or WxH in mm</source>
            <translation>標籤尺寸 {size}：請用 62x29、57x32 或 寬x高（毫米）</translation>
        </message>
        <message>
            <source>Label dpi: 203 or 300</source>
            <translation>標籤解析度：203 或 300</translation>
        </message>
        <message>
            <source>Backups here are for SQLite files; back up PostgreSQL with pg_dump</source>
            <translation>此處備份僅適用於SQLite檔案；PostgreSQL 請使用 pg_dump 備份</translation>
        </message>
        <message>
            <source>No backup file {path}</source>
            <translation>沒有備份檔案 {path}</translation>
        </message>
        <message>
            <source>{path} is not a database backup</source>
            <translation>{path} 不是資料庫備份</translation>
        </message>
        <message>
            <source>{path} is damaged: {detail}</source>
            <translation>{path} 已損壞：{detail}</translation>
        </message>
        <message>
            <source>{path} is not a Service Counter backup this version can restore</source>
            <translation>{path} 不是本版本可恢復的 Service Counter 備份</translation>
        </message>
        <message>
            <source>{user} ({role}) may not do this; it needs: {roles}</source>
            <translation>{user}（{role}）無權執行此操作，需要：{roles}</translation>
        </message>
        <message>
            <source>No ticket {ticket_no}</source>
            <translation>沒有工單 {ticket_no}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is closed</source>
            <translation>工單 {ticket_no} 已關閉</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} was changed by someone else; reload it and try again.</source>
            <translation>工單 {ticket_no} 已被他人修改，請重新載入後再試。</translation>
        </message>
        <message>
            <source>{label}: required</source>
            <translation>{label}：必填</translation>
        </message>
        <message>
            <source>No such customer</source>
            <translation>沒有該客戶</translation>
        </message>
        <message>
            <source>'{text}' is neither an IMEI nor a serial number</source>
            <translation>“{text}”既不是IMEI也不是序列號</translation>
        </message>
        <message>
            <source>No device with {identifier} has been in before</source>
            <translation>沒有 {identifier} 的裝置維修記錄</translation>
        </message>
        <message>
            <source>Email: not an email address</source>
            <translation>電子郵箱：格式不正確</translation>
        </message>
        <message>
            <source>Enter the IMEI or the serial number</source>
            <translation>請輸入IMEI或序列號</translation>
        </message>
        <message>
            <source>The second IMEI repeats the first one</source>
            <translation>第二個IMEI與第一個相同</translation>
        </message>
        <message>
            <source>Unknown service type {value}; use one of: {allowed}</source>
            <translation>未知服務型別 {value}，可選：{allowed}</translation>
        </message>
        <message>
            <source>Unknown condition items: {items}</source>
            <translation>未知的外觀檢查項：{items}</translation>
        </message>
        <message>
            <source>Record the device's condition</source>
            <translation>請記錄裝置外觀狀況</translation>
        </message>
        <message>
            <source>Unknown priority {value}; use one of: {allowed}</source>
            <translation>未知優先順序 {value}，可選：{allowed}</translation>
        </message>
        <message>
            <source>Promised time: give a time zone</source>
            <translation>承諾時間：需要時區</translation>
        </message>
        <message>
            <source>Promised time: required</source>
            <translation>承諾時間：必填</translation>
        </message>
        <message>
            <source>Purchase date: cannot be in the future</source>
            <translation>購買日期：不能晚於今天</translation>
        </message>
        <message>
            <source>A return or exchange needs the purchase date and the invoice or receipt number</source>
            <translation>退換貨需要購買日期和發票或收據號碼</translation>
        </message>
        <message>
            <source>Bought {days} days ago: past the {limit}-day exchange period; take it in as a warranty repair</source>
            <translation>已購買{days}天，超過{limit}天換貨期，請按保修維修受理</translation>
        </message>
        <message>
            <source>No technician {name}</source>
            <translation>沒有技術員 {name}</translation>
        </message>
        <message>
            <source>SKU: required</source>
            <translation>SKU：必填</translation>
        </message>
        <message>
            <source>SKU {sku}: letters, digits, . _ / - only, at most 50</source>
            <translation>SKU {sku}：只能包含字母、數字及 . _ / -，最多50個字元</translation>
        </message>
        <message>
            <source>Low stock level: '{text}' is not a whole number</source>
            <translation>低庫存警戒線：“{text}”不是整數</translation>
        </message>
        <message>
            <source>Low stock level: cannot be negative</source>
            <translation>低庫存警戒線：不能為負數</translation>
        </message>
        <message>
            <source>No part {sku}</source>
            <translation>沒有備件 {sku}</translation>
        </message>
        <message>
            <source>Only {have} of {sku} in stock; {wanted} needed (stock cannot go negative)</source>
            <translation>{sku} 庫存僅 {have} 件，需要 {wanted} 件（庫存不能為負）</translation>
        </message>
        <message>
            <source>SKU {sku} exists already</source>
            <translation>SKU {sku} 已存在</translation>
        </message>
        <message>
            <source>Quantity: '{text}' is not a whole number</source>
            <translation>數量：“{text}”不是整數</translation>
        </message>
        <message>
            <source>Quantity: cannot be zero</source>
            <translation>數量：不能為零</translation>
        </message>
        <message>
            <source>No such quote line</source>
            <translation>沒有該報價行</translation>
        </message>
        <message>
            <source>That line is not a part from the inventory</source>
            <translation>該報價行不是庫存備件</translation>
        </message>
        <message>
            <source>The customer has not approved this part yet</source>
            <translation>客戶尚未同意使用該備件</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: parts are fitted during repair</source>
            <translation>工單 {ticket_no} 狀態為 {status}：備件只能在維修過程中使用</translation>
        </message>
        <message>
            <source>This part is already marked as used</source>
            <translation>該備件已標記為已使用</translation>
        </message>
        <message>
            <source>This part was not used on the ticket</source>
            <translation>該備件未在此工單上使用</translation>
        </message>
        <message>
            <source>Unknown payment method {value}; use one of: {allowed}</source>
            <translation>未知支付方式 {value}，可選：{allowed}</translation>
        </message>
        <message>
            <source>Amount: must be above zero</source>
            <translation>金額：必須大於零</translation>
        </message>
        <message>
            <source>Cash given is less than the amount</source>
            <translation>實收現金少於應付金額</translation>
        </message>
        <message>
            <source>{amount} is more than the balance of {balance} on {ticket_no}</source>
            <translation>{amount} 超過工單 {ticket_no} 的未付餘額 {balance}</translation>
        </message>
        <message>
            <source>No payment {payment_id} on {ticket_no}</source>
            <translation>工單 {ticket_no} 沒有付款 {payment_id}</translation>
        </message>
        <message>
            <source>At most {refundable} of that payment can be refunded</source>
            <translation>該筆付款最多可退 {refundable}</translation>
        </message>
        <message>
            <source>Unknown line kind {kind}</source>
            <translation>未知的報價行型別 {kind}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: it cannot be quoted</source>
            <translation>工單 {ticket_no} 狀態為 {status}，不能報價</translation>
        </message>
        <message>
            <source>The customer has answered this quote already</source>
            <translation>客戶已答覆此報價</translation>
        </message>
        <message>
            <source>Return the part to stock before removing its line</source>
            <translation>請先將備件退回庫存，再刪除該報價行</translation>
        </message>
        <message>
            <source>Unknown way of consent {value}; use one of: {allowed}</source>
            <translation>未知的確認方式 {value}，可選：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: no quote awaits an answer</source>
            <translation>工單 {ticket_no} 狀態為 {status}，沒有待客戶確認的報價</translation>
        </message>
        <message>
            <source>There is no quote to answer</source>
            <translation>沒有待確認的報價</translation>
        </message>
        <message>
            <source>Warranty decision: free or paid</source>
            <translation>保修判定：免費或收費</translation>
        </message>
        <message>
            <source>Month: give it as YYYY-MM</source>
            <translation>月份：請按 YYYY-MM 格式填寫</translation>
        </message>
        <message>
            <source>Unknown setting {key}</source>
            <translation>未知設定項 {key}</translation>
        </message>
        <message>
            <source>{key}: a whole number is needed</source>
            <translation>{key}：需要整數</translation>
        </message>
        <message>
            <source>{key}: cannot be negative</source>
            <translation>{key}：不能為負數</translation>
        </message>
        <message>
            <source>{key}: unknown fields {names}</source>
            <translation>{key}：未知欄位 {names}</translation>
        </message>
        <message>
            <source>Unknown time zone {value}</source>
            <translation>未知時區 {value}</translation>
        </message>
        <message>
            <source>Unknown status {status}; statuses are: {statuses}</source>
            <translation>未知狀態 {status}，可選狀態：{statuses}</translation>
        </message>
        <message>
            <source>User name: 2 to 50 letters, digits, dots, dashes or underscores</source>
            <translation>使用者名稱：2至50位字母、數字、點、短橫線或下劃線</translation>
        </message>
        <message>
            <source>Unknown role {role}; use one of: {roles}</source>
            <translation>未知角色 {role}，可選：{roles}</translation>
        </message>
        <message>
            <source>User {name} exists already</source>
            <translation>使用者 {name} 已存在</translation>
        </message>
        <message>
            <source>Password: at least 4 characters</source>
            <translation>密碼：至少4個字元</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>沒有使用者 {name}</translation>
        </message>
        <message>
            <source>Unknown complaint class {value}; one of: {choices}</source>
            <translation>未知投訴類別 {value}，可選：{choices}</translation>
        </message>
        <message>
            <source>Unknown channel {value}; one of: {choices}</source>
            <translation>未知渠道 {value}，可選：{choices}</translation>
        </message>
        <message>
            <source>Unknown severity {value}; one of: {choices}</source>
            <translation>未知嚴重程度 {value}，可選：{choices}</translation>
        </message>
        <message>
            <source>Give the ticket or the customer's phone</source>
            <translation>請填寫工單號或客戶手機號</translation>
        </message>
        <message>
            <source>No customer with phone {phone}</source>
            <translation>沒有手機號為 {phone} 的客戶</translation>
        </message>
        <message>
            <source>No complaint {id}</source>
            <translation>沒有投訴 {id}</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only an unresolved one can be assigned</source>
            <translation>投訴 {id} 當前為 {state}，只有未處理的投訴才能指派</translation>
        </message>
        <message>
            <source>Responsible person: required</source>
            <translation>負責人：必填</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; it cannot be resolved again</source>
            <translation>投訴 {id} 當前為 {state}，不能再次處理</translation>
        </message>
        <message>
            <source>Only the responsible person or the manager may resolve it</source>
            <translation>只有負責人或經理可以處理此投訴</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only a resolved complaint can be closed</source>
            <translation>投訴 {id} 當前為 {state}，只有已處理的投訴才能結案</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only a resolved or closed one can be reopened</source>
            <translation>投訴 {id} 當前為 {state}，只有已處理或已結案的投訴才能重新開啟</translation>
        </message>
        <message>
            <source>Unknown state {value}; one of: {choices}</source>
            <translation>未知狀態 {value}，可選：{choices}</translation>
        </message>
        <message>
            <source>Wrong user name or password</source>
            <translation>使用者名稱或密碼錯誤</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} cannot go from {current} to {status}; allowed: {allowed}</source>
            <translation>工單 {ticket_no} 不能從 {current} 轉到 {status}，允許：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {current}: it is closed</source>
            <translation>工單 {ticket_no} 狀態為 {current}，已關閉</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} awaits the customer's answer: record it with approve or decline</source>
            <translation>工單 {ticket_no} 正在等待客戶答覆，請記錄同意或拒絕</translation>
        </message>
        <message>
            <source>Add the quote lines first: there is nothing to approve</source>
            <translation>請先新增報價行：沒有可供確認的內容</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} still has {balance} to pay before collection</source>
            <translation>工單 {ticket_no} 還需支付 {balance} 才能取機</translation>
        </message>
        <message>
            <source>Refund the {paid} paid on {ticket_no} before cancelling it</source>
            <translation>取消前請先退還工單 {ticket_no} 已付的 {paid}</translation>
        </message>
        <message>
            <source>IMEI: enter the 15-digit IMEI (dial *#06#)</source>
            <translation>IMEI：請輸入15位IMEI（撥號 *#06# 檢視）</translation>
        </message>
        <message>
            <source>IMEI: only digits are allowed</source>
            <translation>IMEI：只能包含數字</translation>
        </message>
        <message>
            <source>IMEI: 16 digits is an IMEISV (software version); enter the 15-digit IMEI</source>
            <translation>IMEI：16位是IMEISV（軟體版本號），請輸入15位IMEI</translation>
        </message>
        <message>
            <source>IMEI: must be 15 digits, got {count}</source>
            <translation>IMEI：應為15位，當前為{count}位</translation>
        </message>
        <message>
            <source>IMEI: the check digit is wrong, re-check the number</source>
            <translation>IMEI：檢查碼不正確，請核對號碼</translation>
        </message>
        <message>
            <source>Serial number: required</source>
            <translation>序列號：必填</translation>
        </message>
        <message>
            <source>Serial number: 4 to 30 letters and digits</source>
            <translation>序列號：4至30位字母或數字</translation>
        </message>
        <message>
            <source>Phone: required</source>
            <translation>電話：必填</translation>
        </message>
        <message>
            <source>Phone: '{text}' is not a phone number</source>
            <translation>電話：“{text}”不是電話號碼</translation>
        </message>
        <message>
            <source>Phone: '{text}' is not a valid phone number</source>
            <translation>電話：“{text}”不是有效的電話號碼</translation>
        </message>
        <message>
            <source>Name: required</source>
            <translation>姓名：必填</translation>
        </message>
        <message>
            <source>Name: at most {max} characters</source>
            <translation>姓名：最多{max}個字元</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型號</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>顏色</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>隨機附件</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>鎖屏密碼</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵箱</translation>
        </message>
        <message>
            <source>Proof of purchase</source>
            <translation>購機憑證</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>參考號</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>外觀狀況</translation>
        </message>
        <message>
            <source>Part name</source>
            <translation>備件名稱</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>條碼</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Compatible models</source>
            <translation>適用機型</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供應商</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>庫位</translation>
        </message>
        <message>
            <source>{label}: at most {max} characters</source>
            <translation>{label}：最多{max}個字元</translation>
        </message>
        <message>
            <source>Quantity: must be at least 1</source>
            <translation>數量：至少為1</translation>
        </message>
        <message>
            <source>Quantity: too large</source>
            <translation>數量：數值過大</translation>
        </message>
        <message>
            <source>Callback: give it as YYYY-MM-DD HH:MM, not {value}</source>
            <translation>回電時間：請按 YYYY-MM-DD HH:MM 填寫，而不是 {value}</translation>
        </message>
        <message>
            <source>Callback: the time has already passed</source>
            <translation>回電時間：該時間已過</translation>
        </message>
        <message>
            <source>No phone number for this call</source>
            <translation>此回訪沒有電話號碼</translation>
        </message>
        <message>
            <source>No such call</source>
            <translation>沒有這條回訪</translation>
        </message>
        <message>
            <source>Satisfaction: a score from 1 to 5, not {value}</source>
            <translation>滿意度：應為1到5分，而不是 {value}</translation>
        </message>
        <message>
            <source>Unknown feedback class {value}; one of: {choices}</source>
            <translation>未知反饋類別 {value}，可選：{choices}</translation>
        </message>
        <message>
            <source>A call that did not reach the customer has no answer to record</source>
            <translation>未接通的回訪不能記錄評價</translation>
        </message>
        <message>
            <source>A score of {value} is not satisfied; choose the class that fits</source>
            <translation>評分 {value} 不屬於滿意，請選擇相應的反饋類別</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not collected; no follow-up call is due</source>
            <translation>工單 {ticket_no} 尚未取機，無需回訪</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} does not want to be contacted</source>
            <translation>工單 {ticket_no} 的客戶不希望被聯絡</translation>
        </message>
        <message>
            <source>This follow-up call {ticket_no} has already been recorded</source>
            <translation>回訪 {ticket_no} 已記錄過</translation>
        </message>
        <message>
            <source>This follow-up call {ticket_no} is not due now</source>
            <translation>回訪 {ticket_no} 現在還未到期</translation>
        </message>
        <message>
            <source>This follow-up call has already been recorded</source>
            <translation>此回訪已記錄過</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <source>Taken in</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Quote line</source>
            <translation>報價行</translation>
        </message>
        <message>
            <source>Line removed</source>
            <translation>刪除報價行</translation>
        </message>
        <message>
            <source>Quote approved</source>
            <translation>客戶同意報價</translation>
        </message>
        <message>
            <source>Quote declined</source>
            <translation>客戶拒絕報價</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Part used</source>
            <translation>使用備件</translation>
        </message>
        <message>
            <source>Part returned</source>
            <translation>退回備件</translation>
        </message>
        <message>
            <source>Warranty decision</source>
            <translation>保修判定</translation>
        </message>
        <message>
            <source>Comeback</source>
            <translation>返修</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Free (warranty)</source>
            <translation>免費（保修）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>收費</translation>
        </message>
        <message>
            <source>To be decided</source>
            <translation>待定</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>開始檢測</translation>
        </message>
        <message>
            <source>Send quote to customer</source>
            <translation>報價給客戶</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>開始維修</translation>
        </message>
        <message>
            <source>Wait for parts</source>
            <translation>等待備件</translation>
        </message>
        <message>
            <source>To quality check</source>
            <translation>送複檢</translation>
        </message>
        <message>
            <source>Ready for collection</source>
            <translation>可取機</translation>
        </message>
        <message>
            <source>Hand over to customer</source>
            <translation>交付客戶</translation>
        </message>
        <message>
            <source>Cancel ticket</source>
            <translation>取消工單</translation>
        </message>
    </context>
    <context>
        <name>names</name>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Diagnosing</source>
            <translation>檢測中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待客戶確認</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>維修中</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待備件</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>複檢</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>待取機</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取機</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>維修</translation>
        </message>
        <message>
            <source>Warranty repair</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Return / exchange</source>
            <translation>退換貨</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保養</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>諮詢</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>滿意</translation>
        </message>
        <message>
            <source>Dissatisfied at follow-up</source>
            <translation>回訪不滿意</translation>
        </message>
        <message>
            <source>Complaint by phone</source>
            <translation>來電投訴</translation>
        </message>
        <message>
            <source>Not fixed the first time</source>
            <translation>一次維修不到位</translation>
        </message>
        <message>
            <source>Not fixed several times</source>
            <translation>多次維修不到位</translation>
        </message>
        <message>
            <source>Unhappy with staff attitude</source>
            <translation>服務態度不滿意</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>門店櫃檯</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>簡訊/訊息</translation>
        </message>
        <message>
            <source>Online review</source>
            <translation>網路評價</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>嚴重</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>處理中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已處理</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結案</translation>
        </message>
        <message>
            <source>After collection</source>
            <translation>取機後回訪</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>首月回訪</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>季度回訪</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>諮詢回電</translation>
        </message>
        <message>
            <source>Callback due</source>
            <translation>待回電</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>待重撥</translation>
        </message>
        <message>
            <source>Called back</source>
            <translation>已回電</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>無法聯絡</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Not reached, try again</source>
            <translation>未接通，待重撥</translation>
        </message>
        <message>
            <source>Not reached, unreachable</source>
            <translation>未接通，無法聯絡</translation>
        </message>
        <message>
            <source>Complaint {id}: {state} ({kind})</source>
            <translation>投訴 {id}：{state}（{kind}）</translation>
        </message>
        <message>
            <source>High</source>
            <translation>加急</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>特急</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>現金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>銀行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付寶</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>當面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>簡訊/訊息</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>客服專員</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技術員</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>售後經理</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>庫存管理員</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>螢幕</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>後蓋</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>邊框</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>攝像頭</translation>
        </message>
        <message>
            <source>Charging port</source>
            <translation>充電口</translation>
        </message>
        <message>
            <source>Water indicator</source>
            <translation>進水標籤</translation>
        </message>
        <message>
            <source>Powers on</source>
            <translation>能否開機</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <source>Service Counter</source>
            <translation>維修服務台</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Daily report</source>
            <translation>日報</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>已檢測</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取機</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Deposits</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payments</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>淨額</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Open tickets by status</source>
            <translation>在修工單（按狀態）</translation>
        </message>
        <message>
            <source>Overdue tickets</source>
            <translation>超時工單</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技術員</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>備件使用</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>備件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>單價</translation>
        </message>
        <message>
            <source>Comebacks</source>
            <translation>返修</translation>
        </message>
        <message>
            <source>Earlier ticket</source>
            <translation>原工單</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>員工</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>崗位</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款筆數</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>交機</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>生成時間</translation>
        </message>
        <message>
            <source>Monthly staff assessment</source>
            <translation>月度績效考核</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工單</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>週轉時間中位數（小時）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均週轉時間（小時）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>滿意度</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投訴</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回訪數</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>滿意率</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投訴</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投訴</translation>
        </message>
        <message>
            <source>After-care</source>
            <translation>售後回訪</translation>
        </message>
        <message>
            <source>Feedback by class</source>
            <translation>按反饋類別</translation>
        </message>
        <message>
            <source>By completion date. After-care: follow-ups made, average satisfaction (1-5) and the share of satisfied answers about their jobs, complaints about their jobs and against them, complaints they were responsible for that went overdue.</source>
            <translation>按完成日期統計。售後：完成的回訪數、其工單的平均滿意度（1-5）及滿意率、其工單的投訴及針對本人的投訴、由其負責但已逾期的投訴。</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>客服專員</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技術支援工程師</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>售後經理</translation>
        </message>
        <message>
            <source>By completion date; follow-up satisfaction and complaints are shown once follow-up calls are recorded.</source>
            <translation>按完成日期統計；記錄回訪後將顯示回訪滿意度和投訴。</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Store name printed on documents</source>
            <translation>門店名稱（列印在單據上）</translation>
        </message>
        <message>
            <source>Store address printed on documents</source>
            <translation>門店地址（列印在單據上）</translation>
        </message>
        <message>
            <source>Store phone printed on documents</source>
            <translation>門店電話（列印在單據上）</translation>
        </message>
        <message>
            <source>ISO currency code</source>
            <translation>幣種程式碼（ISO）</translation>
        </message>
        <message>
            <source>The store's time zone (business day)</source>
            <translation>門店時區（營業日）</translation>
        </message>
        <message>
            <source>Default region for phone numbers</source>
            <translation>電話號碼預設地區</translation>
        </message>
        <message>
            <source>Interface language (empty: the system's)</source>
            <translation>介面語言（留空：跟隨系統）</translation>
        </message>
        <message>
            <source>Warranty on our own repairs, from collection</source>
            <translation>維修保修天數（自取機起）</translation>
        </message>
        <message>
            <source>Phone handset warranty from purchase</source>
            <translation>整機保修月數（自購買起）</translation>
        </message>
        <message>
            <source>Battery warranty from purchase</source>
            <translation>電池保修月數（自購買起）</translation>
        </message>
        <message>
            <source>Charger warranty from purchase</source>
            <translation>充電器保修月數（自購買起）</translation>
        </message>
        <message>
            <source>Wired headset warranty from purchase</source>
            <translation>有線耳機保修月數（自購買起）</translation>
        </message>
        <message>
            <source>Memory card warranty from purchase</source>
            <translation>儲存卡保修月數（自購買起）</translation>
        </message>
        <message>
            <source>Return allowed within days of purchase</source>
            <translation>購買後可退貨天數</translation>
        </message>
        <message>
            <source>Exchange allowed within days of purchase</source>
            <translation>購買後可換貨天數</translation>
        </message>
        <message>
            <source>Failed warranty repairs before exchange</source>
            <translation>保修期內維修失敗幾次後可換貨</translation>
        </message>
        <message>
            <source>Follow-up call due within days of collection</source>
            <translation>取機後幾天內回訪</translation>
        </message>
        <message>
            <source>Call every customer of the last 12 months once a quarter</source>
            <translation>每季度回訪近12個月內的所有客戶</translation>
        </message>
        <message>
            <source>A follow-up call not reached is tried at most this often</source>
            <translation>回訪未接通時最多撥打的次數</translation>
        </message>
        <message>
            <source>An overdue follow-up call stays on the list for days</source>
            <translation>逾期回訪在列表中保留的天數</translation>
        </message>
        <message>
            <source>A serious complaint is due within hours</source>
            <translation>嚴重投訴處理時限（小時）</translation>
        </message>
        <message>
            <source>A normal complaint is due within days</source>
            <translation>一般投訴處理時限（天）</translation>
        </message>
        <message>
            <source>Promised completion after intake, hours</source>
            <translation>受理後預計完成小時數</translation>
        </message>
        <message>
            <source>A quote is valid for days</source>
            <translation>報價有效天數</translation>
        </message>
        <message>
            <source>Allow parts stock to go below zero</source>
            <translation>允許備件庫存為負</translation>
        </message>
        <message>
            <source>Intake fields that must be filled in besides name, phone, brand, model, IMEI/serial</source>
            <translation>除姓名、電話、品牌、型號、IMEI/序列號外的必填受理項</translation>
        </message>
        <message>
            <source>Terms printed on the intake slip</source>
            <translation>受理單條款</translation>
        </message>
        <message>
            <source>Terms printed on the receipt</source>
            <translation>收據條款</translation>
        </message>
    </context>
</TS>