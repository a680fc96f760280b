<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
    <context>
        <name />
        <message>
            <source>On-site visit</source>
            <translation>上門服務</translation>
        </message>
        <message>
            <source>Drop-off</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已預約</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到達</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽約</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>時段</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程師</translation>
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
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>最遲上門日</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完成時間</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>所做工作</translation>
        </message>
        <message>
            <source>Paid on site</source>
            <translation>現場付款</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Device and fault</source>
            <translation>裝置與故障</translation>
        </message>
        <message>
            <source>Arrived / left</source>
            <translation>到達 / 離開</translation>
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
            <source>Deposit paid</source>
            <translation>已付定金</translation>
        </message>
        <message>
            <source>Final payment</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Amount tendered</source>
            <translation>實收金額</translation>
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
            <source>Diagnosis fee</source>
            <translation>檢測費</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
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
            <source>still out</source>
            <translation>未歸還</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Given back</source>
            <translation>歸還</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未結</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>收銀臺</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>開箱時間</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>開箱人</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>備用金</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>應有</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>實點</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差額</translation>
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
            <source>Labour revenue</source>
            <translation>工時收入</translation>
        </message>
        <message>
            <source>Parts margin</source>
            <translation>配件毛利</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>提成</translation>
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
            <source>On-site visits</source>
            <translation>上門服務次數</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>準時率</translation>
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
        <name>AboutDialog</name>
        <message>
            <source>About Service Counter</source>
            <translation>關於維修服務檯</translation>
        </message>
        <message>
            <source>none (the log folder cannot be written)</source>
            <translation>無（日誌資料夾無法寫入）</translation>
        </message>
        <message>
            <source>Qt {qt} (PySide6 {pyside})</source>
            <translation>Qt {qt}（PySide6 {pyside}）</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>日誌檔案</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>&lt;b&gt;Service Counter&lt;/b&gt; — after-sales and repair desk</source>
            <translation>&lt;b&gt;維修服務檯&lt;/b&gt; — 售後與維修前臺</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>複製詳情</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>開啟日誌資料夾</translation>
        </message>
    </context>
    <context>
        <name>AftercarePage</name>
        <message>
            <source>Due</source>
            <translation>到期</translation>
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
            <source>Maintenance due</source>
            <translation>到期保養</translation>
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
            <source>Record the follow-up call</source>
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
        <message numerus="yes">
            <source>Not reached %n time(s): closed as unreachable.</source>
            <translation>
                <numerusform>%n 次未接通：已按無法聯絡關閉。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) due, {overdue} overdue</source>
            <translation>
                <numerusform>待回訪 %n 個，其中逾期 {overdue} 個</numerusform>
            </translation>
        </message>
        <message>
            <source>Complaint {id} opened.</source>
            <translation>已建立投訴 {id}。</translation>
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
            <source>&amp;Book appointment…</source>
            <translation>預約(&amp;B)…</translation>
        </message>
        <message>
            <source>Choose a consultation in the list first.</source>
            <translation>請先在列表中選擇諮詢記錄。</translation>
        </message>
        <message>
            <source>Appointment {id} booked for {at}</source>
            <translation>預約 {id} 已定於 {at}</translation>
        </message>
        <message>
            <source>Consultation saved.</source>
            <translation>諮詢已儲存。</translation>
        </message>
    </context>
    <context>
        <name>BeyondRepairDialog</name>
        <message>
            <source>Beyond repair: {ticket}</source>
            <translation>無法維修：{ticket}</translation>
        </message>
        <message>
            <source>What you found, for the customer and the record</source>
            <translation>檢測發現的情況，供客戶知悉並存檔</translation>
        </message>
        <message>
            <source>The device goes back to the customer unrepaired; the customer pays only the shop's diagnosis fee, if any.</source>
            <translation>裝置將未修退還客戶；客戶只需支付本店的檢測費（如有）。</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>Book an appointment</source>
            <translation>新建預約</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <source>IMEI or serial number, if known</source>
            <translation>IMEI 或序列號（如已知）</translation>
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
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分鐘</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程師</translation>
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
            <source>IMEI / serial</source>
            <translation>IMEI / 序列號</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>ClaimsPanel</name>
        <message>
            <source>Claims in state</source>
            <translation>按狀態篩選索賠</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <source>Claims to suppliers</source>
            <translation>向供應商索賠</translation>
        </message>
        <message>
            <source>e.g. the supplier's RMA number</source>
            <translation>例如供應商的退貨授權號（RMA）</translation>
        </message>
        <message>
            <source>&amp;Open claim</source>
            <translation>提出索賠(&amp;O)</translation>
        </message>
        <message>
            <source>Selected claim:</source>
            <translation>所選索賠：</translation>
        </message>
        <message>
            <source>SK&amp;U</source>
            <translation>SKU(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Ticket</source>
            <translation>工單(&amp;T)</translation>
        </message>
        <message>
            <source>Su&amp;pplier</source>
            <translation>供應商(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>備註(&amp;N)</translation>
        </message>
        <message>
            <source>Claim {id} opened: {sku} on {ticket} to {supplier}</source>
            <translation>已提出索賠 {id}：工單 {ticket} 的 {sku}，向 {supplier}</translation>
        </message>
        <message>
            <source>Claim {id}: {state}</source>
            <translation>索賠 {id}：{state}</translation>
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
        <name>ConsultationBookDialog</name>
        <message>
            <source>Book from consultation</source>
            <translation>按諮詢預約</translation>
        </message>
        <message>
            <source>{phone} (from the consultation)</source>
            <translation>{phone}（諮詢號碼）</translation>
        </message>
    </context>
    <context>
        <name>CountingHelper</name>
        <message>
            <source>Count the drawer</source>
            <translation>清點錢箱</translation>
        </message>
        <message>
            <source>Pieces of {value}</source>
            <translation>{value} 面額張數</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>實點</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>Edit customer</source>
            <translation>編輯客戶</translation>
        </message>
        <message>
            <source>May be contacted</source>
            <translation>同意接受聯絡</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>電子郵箱</translation>
        </message>
    </context>
    <context>
        <name>CustomerReach</name>
        <message>
            <source>Ready for pickup</source>
            <translation>可取機</translation>
        </message>
        <message>
            <source>Quote to approve</source>
            <translation>報價待確認</translation>
        </message>
        <message>
            <source>Uncollected notice</source>
            <translation>未取機通知</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>保養提醒</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>複製訊息</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>傳送</translation>
        </message>
        <message>
            <source>Loaner IMEI</source>
            <translation>備用機 IMEI</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Loaner back</source>
            <translation>備用機歸還</translation>
        </message>
        <message>
            <source>No loaner phone out</source>
            <translation>沒有借出的備用機</translation>
        </message>
        <message>
            <source>Loaner {imei} out since {at}, deposit {deposit}</source>
            <translation>備用機 {imei} 自 {at} 借出，押金 {deposit}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>訊息已複製</translation>
        </message>
        <message>
            <source>Message sent</source>
            <translation>訊息已傳送</translation>
        </message>
        <message>
            <source>The sender failed: {detail}</source>
            <translation>傳送程式失敗：{detail}</translation>
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
            <source>Edit details…</source>
            <translation>修改資料…</translation>
        </message>
        <message>
            <source>Erase personal data…</source>
            <translation>刪除個人資訊…</translation>
        </message>
        <message>
            <source>Export their data…</source>
            <translation>匯出其個人資料…</translation>
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
        <message>
            <source>Export their data</source>
            <translation>匯出其個人資料</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON 檔案 (*.json)</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>已儲存：{file}</translation>
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
        <message>
            <source>Exchanged for the device with IMEI {imei}</source>
            <translation>已換為IMEI為 {imei} 的裝置</translation>
        </message>
    </context>
    <context>
        <name>DiscontinueDialog</name>
        <message>
            <source>Discontinue {sku}</source>
            <translation>停產 {sku}</translation>
        </message>
        <message>
            <source>{name} ({category}): its model is no longer made. The part stays in stock until the day below; supplier returns may not take it below its low level.</source>
            <translation>{name}（{category}）：對應機型已停產。此配件保留庫存至下方日期；退回供應商時不得低於其低庫存水平。</translation>
        </message>
        <message>
            <source>no category</source>
            <translation>無類別</translation>
        </message>
        <message>
            <source>By the part's &amp;category</source>
            <translation>按配件類別(&amp;C)</translation>
        </message>
        <message>
            <source>Keep years</source>
            <translation>保留年數</translation>
        </message>
        <message>
            <source>&amp;Discontinue</source>
            <translation>停產(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Keep for (years)</source>
            <translation>保留年數(&amp;K)</translation>
        </message>
        <message numerus="yes">
            <source>Electronic part: kept %n year(s)</source>
            <translation>
                <numerusform>電子配件：保留 %n 年</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept until the longest warranty the shop gives ends</source>
            <translation>保留至本店最長保修期結束</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <source>Appointment {id} done</source>
            <translation>預約 {id} 完成</translation>
        </message>
        <message>
            <source>SKU x quantity, separated by commas</source>
            <translation>SKU x 數量，用逗號分隔</translation>
        </message>
        <message>
            <source>Could not fix it on site (the job goes on on its ticket)</source>
            <translation>上門未能修好（維修在工單上繼續）</translation>
        </message>
        <message>
            <source>(none: warranty applies if covered)</source>
            <translation>（無：在保修範圍內即免費）</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>所做工作</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>備件使用</translation>
        </message>
        <message>
            <source>Paid on site</source>
            <translation>現場付款</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Warranty exclusion</source>
            <translation>保修除外情形</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>簽字人</translation>
        </message>
    </context>
    <context>
        <name>FaultyDisposalDialog</name>
        <message>
            <source>No.</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>回收時間</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
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
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>By</source>
            <translation>經辦人</translation>
        </message>
        <message>
            <source>Faulty parts awaiting disposal</source>
            <translation>待處置的故障件</translation>
        </message>
        <message>
            <source>e.g. the supplier's RMA number</source>
            <translation>例如供應商的退貨授權號（RMA）</translation>
        </message>
        <message>
            <source>No recovered faulty part awaits disposal</source>
            <translation>沒有待處置的回收故障件</translation>
        </message>
        <message>
            <source>Dispose of the selected part</source>
            <translation>處置所選故障件</translation>
        </message>
        <message>
            <source>How</source>
            <translation>處置方式</translation>
        </message>
        <message>
            <source>Select a part in the list first</source>
            <translation>請先在列表中選擇一個故障件</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>匯入預覽</translation>
        </message>
        <message numerus="yes">
            <source>Nothing will be imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>不會匯入任何資料：%n 行有錯誤。</numerusform>
            </translation>
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
        <name>ImportWizard</name>
        <message>
            <source>Customers</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>Past repairs</source>
            <translation>歷史維修記錄</translation>
        </message>
        <message>
            <source>Import records</source>
            <translation>匯入記錄</translation>
        </message>
        <message>
            <source>.xlsx or .csv (UTF-8 or GB18030)</source>
            <translation>.xlsx 或 .csv（UTF-8 或 GB18030）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <source>Optional: Column=field, …</source>
            <translation>可選：列名=欄位, …</translation>
        </message>
        <message>
            <source>Save a template…</source>
            <translation>儲存模板…</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>檔案內容</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Column names</source>
            <translation>列名對應</translation>
        </message>
        <message>
            <source>Check the file</source>
            <translation>檢查檔案</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>Records (*.xlsx *.csv *.txt)</source>
            <translation>記錄檔案 (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Template saved: {file}</source>
            <translation>模板已儲存：{file}</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在檢查…</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在檢查檔案…</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行號</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>可以匯入</translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) (highlighted): fix them and check again. Nothing was imported.</source>
            <translation>
                <numerusform>%n 行有誤（已標出）：請改正後重新檢查。未匯入任何內容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{heading}: %n row(s); customers {new_customers} new, {old_customers} matched; devices {new_devices} new, {old_devices} matched; past repairs: {tickets}, comebacks: {comebacks}</source>
            <translation>
                <numerusform>{heading}：共 %n 行；客戶新增 {new_customers}，已有 {old_customers}；裝置新增 {new_devices}，已有 {old_devices}；歷史維修 {tickets} 單，返修 {comebacks} 單</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已匯入</translation>
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
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收機外觀檢查</translation>
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
            <source>price paid (returns)</source>
            <translation>購買價格（退貨用）</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>生產日期</translation>
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
            <source>Warranty for</source>
            <translation>保修專案</translation>
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
            <source>Save the intake</source>
            <translation>儲存受理</translation>
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
            <source>Saving…</source>
            <translation>正在儲存…</translation>
        </message>
        <message>
            <source>Comeback of {ticket}.</source>
            <translation>{ticket} 的返修。</translation>
        </message>
        <message>
            <source>Still open: {ticket}</source>
            <translation>仍在維修：{ticket}</translation>
        </message>
        <message numerus="yes">
            <source>{brand} {model} · %n earlier ticket(s)</source>
            <translation>
                <numerusform>{brand} {model} · 以前的工單 %n 張</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Ticket number:</source>
            <translation>已儲存。工單號：</translation>
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
            <source>Open the highlighted ticket</source>
            <translation>開啟選中的工單</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>工單 %n 張</numerusform>
            </translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>預計完成</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超時</translation>
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
            <source>Unprintable edge (mm)</source>
            <translation>不可列印邊距（毫米）</translation>
        </message>
        <message>
            <source>Print calibration page</source>
            <translation>列印校準頁</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存為PDF</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
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
            <source>Schedule</source>
            <translation>日程</translation>
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
            <source>Store: {code} {name}</source>
            <translation>門店：{code} {name}</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>門店(&amp;S)</translation>
        </message>
        <message>
            <source>Opening the shop…</source>
            <translation>正在開啟店鋪…</translation>
        </message>
        <message>
            <source>Search: ticket number, IMEI, phone tail or name</source>
            <translation>搜尋：工單號、IMEI、手機尾號或姓名</translation>
        </message>
        <message>
            <source>Show the page: {page}</source>
            <translation>開啟頁面：{page}</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>搜尋…</translation>
        </message>
        <message>
            <source>Devices waiting to be collected…</source>
            <translation>待取機裝置…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>設定…</translation>
        </message>
        <message>
            <source>Import records…</source>
            <translation>匯入記錄…</translation>
        </message>
        <message>
            <source>This PC's store…</source>
            <translation>本機所屬門店…</translation>
        </message>
        <message>
            <source>Till…</source>
            <translation>錢箱…</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>切換使用者…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>幫助(&amp;H)</translation>
        </message>
        <message>
            <source>About Service Counter…</source>
            <translation>關於維修服務檯…</translation>
        </message>
        <message>
            <source>{record} · {page} — {store}</source>
            <translation>{record} · {page} — {store}</translation>
        </message>
        <message>
            <source>{page} — {store}</source>
            <translation>{page} — {store}</translation>
        </message>
        <message>
            <source>Looking up {text}…</source>
            <translation>正在查詢 {text}…</translation>
        </message>
        <message>
            <source>No ticket {ticket}</source>
            <translation>沒有工單 {ticket}</translation>
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
        <message>
            <source>This PC's store</source>
            <translation>本機所屬門店</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>門店</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceDue</name>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Last maintenance</source>
            <translation>上次保養</translation>
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
            <source>Device</source>
            <translation>裝置</translation>
        </message>
        <message>
            <source>IMEI / serial</source>
            <translation>IMEI / 序列號</translation>
        </message>
        <message>
            <source>Last job</source>
            <translation>上次工單</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceDuePanel</name>
        <message>
            <source>Devices due for maintenance</source>
            <translation>到期保養的裝置</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>複製訊息(&amp;C)</translation>
        </message>
        <message>
            <source>S&amp;end</source>
            <translation>傳送(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s) due for maintenance</source>
            <translation>
                <numerusform>%n 臺裝置到期保養</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a device in the list first.</source>
            <translation>請先在列表中選擇裝置。</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>訊息已複製</translation>
        </message>
        <message>
            <source>Message sent</source>
            <translation>訊息已傳送</translation>
        </message>
        <message>
            <source>The sender failed: {detail}</source>
            <translation>傳送程式失敗：{detail}</translation>
        </message>
    </context>
    <context>
        <name>PartClaims</name>
        <message>
            <source>Open</source>
            <translation>待處理</translation>
        </message>
        <message>
            <source>Sent to the supplier</source>
            <translation>已寄供應商</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒絕</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>已入賬</translation>
        </message>
        <message>
            <source>Ma&amp;rk sent</source>
            <translation>標記已寄出(&amp;R)</translation>
        </message>
        <message>
            <source>Acc&amp;epted</source>
            <translation>標記已受理(&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;jected</source>
            <translation>標記已拒絕(&amp;J)</translation>
        </message>
        <message>
            <source>Cre&amp;dited</source>
            <translation>標記已入賬(&amp;D)</translation>
        </message>
        <message>
            <source>Discontinued</source>
            <translation>停產</translation>
        </message>
        <message>
            <source>Discontinued, kept until {day}</source>
            <translation>停產，保留庫存至 {day}</translation>
        </message>
        <message>
            <source>Discontinued, kept until {day} (ended)</source>
            <translation>停產，保留庫存至 {day}（已到期）</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>State</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>配件</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供應商</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>提出時間</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>更新時間</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
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
            <source>Discontinued</source>
            <translation>停產</translation>
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
            <source>Faulty part recovered…</source>
            <translation>回收故障件…</translation>
        </message>
        <message>
            <source>Return to supplier…</source>
            <translation>退回供應商…</translation>
        </message>
        <message>
            <source>Faulty parts to dispose of…</source>
            <translation>待處置故障件…</translation>
        </message>
        <message>
            <source>Discontinue…</source>
            <translation>停產…</translation>
        </message>
        <message>
            <source>Receive parts (Ctrl+R)</source>
            <translation>備件入庫（Ctrl+R）</translation>
        </message>
        <message>
            <source>Movements of the selected part</source>
            <translation>所選備件的出入庫記錄</translation>
        </message>
        <message>
            <source>Stoc&amp;k</source>
            <translation>庫存(&amp;K)</translation>
        </message>
        <message>
            <source>C&amp;laims</source>
            <translation>索賠(&amp;L)</translation>
        </message>
        <message>
            <source>Stock at cost: {value}</source>
            <translation>庫存成本：{value}</translation>
        </message>
        <message>
            <source>Choose a part in the list first.</source>
            <translation>請先在列表中選擇配件。</translation>
        </message>
        <message>
            <source>{sku} discontinued: kept in stock until {day}, at least {n}</source>
            <translation>{sku} 已停產：保留庫存至 {day}，至少 {n} 件</translation>
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
        <message numerus="yes">
            <source>%n part(s) written to {path}</source>
            <translation>
                <numerusform>已將 %n 個備件寫入 {path}</numerusform>
            </translation>
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
        <name>PartsRecoveryDialog</name>
        <message>
            <source>Faulty part recovered</source>
            <translation>回收故障件</translation>
        </message>
        <message>
            <source>Return to supplier</source>
            <translation>退回供應商</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
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
            <source>Saving…</source>
            <translation>正在儲存…</translation>
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
            <source>On-site visits</source>
            <translation>上門服務次數</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>準時率</translation>
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
            <source>Loaner phones: {lent} lent, {back} given back, {out} still out ({deposits} in deposits) · cash taken with no till open {cash}</source>
            <translation>備用機：借出 {lent} 臺，歸還 {back} 臺，未歸還 {out} 臺（押金 {deposits}）· 未開錢箱收取的現金 {cash}</translation>
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
        <name>RescheduleDialog</name>
        <message>
            <source>Reschedule appointment {id}</source>
            <translation>改約預約 {id}</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>新時間</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>After {day}, the day the visit is due by</source>
            <translation>晚於應上門日期 {day}</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>late</source>
            <translation>遲到</translation>
        </message>
        <message>
            <source>No engineer</source>
            <translation>未指派工程師</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程師</translation>
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
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Device and fault</source>
            <translation>裝置與故障</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>最遲上門日</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>All engineers</source>
            <translation>全部工程師</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>預約…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Reschedule…</source>
            <translation>改約…</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到達</translation>
        </message>
        <message>
            <source>Done…</source>
            <translation>完成…</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽約</translation>
        </message>
        <message>
            <source>Cancel…</source>
            <translation>取消…</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>服務單</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>日程單</translation>
        </message>
        <message>
            <source>Day sheet PDF…</source>
            <translation>日程單 PDF…</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n 個預約</numerusform>
            </translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>取消預約</translation>
        </message>
        <message>
            <source>Reason for cancelling:</source>
            <translation>取消原因：</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>Set a password</source>
            <translation>設定密碼</translation>
        </message>
        <message>
            <source>Your manager account has no password: anyone at this PC can sign in as you. Set one now.</source>
            <translation>您的店長賬號沒有密碼：任何人都能在這臺電腦上以您的身份登入。請現在設定密碼。</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍後</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密碼</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再輸入一次</translation>
        </message>
        <message>
            <source>The two passwords differ</source>
            <translation>兩次輸入的密碼不一致</translation>
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
        <name>SignIn</name>
        <message>
            <source>No password on this manager account: set one…</source>
            <translation>此經理帳號沒有密碼：請設定…</translation>
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
            <source>Show full number</source>
            <translation>顯示完整號碼</translation>
        </message>
        <message>
            <source>For calling the customer; copied to the clipboard</source>
            <translation>用於聯絡客戶；已複製到剪貼簿</translation>
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
            <source>Working…</source>
            <translation>處理中…</translation>
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
            <source>Warranty</source>
            <translation>保修</translation>
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
            <source>The cause found; press Enter</source>
            <translation>填寫檢測到的故障原因，按回車儲存</translation>
        </message>
        <message>
            <source>Cause found</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>(technicians and the manager)</source>
            <translation>（僅技術員和店長可見）</translation>
        </message>
        <message>
            <source>Cause found: {cause}</source>
            <translation>故障原因：{cause}</translation>
        </message>
        <message>
            <source>{outcome}: {barrier} · fee {fee}</source>
            <translation>{outcome}：{barrier} · 費用 {fee}</translation>
        </message>
        <message>
            <source>Store {store} {name}: read-only here (you do not work there)</source>
            <translation>門店 {store} {name}：在此只讀（您不在該門店工作）</translation>
        </message>
        <message>
            <source>Line kind</source>
            <translation>明細型別</translation>
        </message>
        <message>
            <source>Beyond repair…</source>
            <translation>無法維修…</translation>
        </message>
        <message>
            <source>{sku} · {name} · {n} in stock · {price}</source>
            <translation>{sku} · {name} · 庫存 {n} · {price}</translation>
        </message>
        <message>
            <source>Change due: {change}</source>
            <translation>應找零：{change}</translation>
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
            <source>Condition on intake: {condition} · Accessories left: {items}</source>
            <translation>收機外觀：{condition} · 隨機附件：{items}</translation>
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
        <name>TillDialog</name>
        <message>
            <source>Till</source>
            <translation>錢箱</translation>
        </message>
        <message>
            <source>Reading the till…</source>
            <translation>正在讀取錢箱…</translation>
        </message>
        <message>
            <source>Open the till</source>
            <translation>開錢箱</translation>
        </message>
        <message>
            <source>Pay out</source>
            <translation>支出零用現金</translation>
        </message>
        <message>
            <source>Close the till</source>
            <translation>結算關閉錢箱</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開箱</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>備用金</translation>
        </message>
        <message>
            <source>Petty cash and closing</source>
            <translation>零用現金與結算</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>No till is open on this PC.</source>
            <translation>本機未開錢箱。</translation>
        </message>
        <message>
            <source>Float {float}, cash taken {taken}, refunded {refunded}, paid out {out}: expected {expected}</source>
            <translation>備用金 {float}，收現金 {taken}，退款 {refunded}，支出 {out}：應有 {expected}</translation>
        </message>
        <message>
            <source>Counted {counted}: variance {variance}</source>
            <translation>實點 {counted}：差額 {variance}</translation>
        </message>
        <message>
            <source>Beyond the shop's limit: flagged for the manager.</source>
            <translation>超出本店限額：已提示負責人。</translation>
        </message>
    </context>
    <context>
        <name>TillOffer</name>
        <message>
            <source>Till</source>
            <translation>錢箱</translation>
        </message>
        <message>
            <source>No till is open on {station}.</source>
            <translation>{station} 上沒有開啟的錢箱。</translation>
        </message>
        <message>
            <source>This shop takes cash only into an open till: open it with the float first.</source>
            <translation>本店現金只能收入已開啟的錢箱：請先放入備用金開啟錢箱。</translation>
        </message>
        <message>
            <source>Open it now with the float, so this cash is counted at the close? Cash taken without a till shows on the daily report as such.</source>
            <translation>現在放入備用金開啟錢箱，以便交班時清點這筆現金？不經錢箱收取的現金會在日報中單獨列出。</translation>
        </message>
        <message>
            <source>&amp;Open the till…</source>
            <translation>開錢箱(&amp;O)…</translation>
        </message>
        <message>
            <source>Take cash &amp;without a till</source>
            <translation>不經錢箱收現金(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>TodayAppointments</name>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s) today</source>
            <translation>
                <numerusform>今日預約 %n 個</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UncollectedDialog</name>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
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
            <source>Ready since</source>
            <translation>修好日期</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天數</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>通知次數</translation>
        </message>
        <message>
            <source>Disposal from</source>
            <translation>可處理日期</translation>
        </message>
        <message>
            <source>Devices waiting to be collected</source>
            <translation>待取機裝置</translation>
        </message>
        <message>
            <source>Highlighted: a notice is due, or the device may be disposed of</source>
            <translation>高亮：應傳送取機通知，或裝置已可處理</translation>
        </message>
    </context>
    <context>
        <name>WarrantyPanel</name>
        <message>
            <source>Technician's finding</source>
            <translation>技術員檢測結論</translation>
        </message>
        <message>
            <source>Free (covered)</source>
            <translation>免費（保修範圍內）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Same fault as the earlier repair</source>
            <translation>與上次維修為同一故障</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>檢測發現</translation>
        </message>
        <message>
            <source>Record finding</source>
            <translation>記錄結論</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>結論</translation>
        </message>
        <message>
            <source>Not covered because</source>
            <translation>不保修原因</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>適用於</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Return or exchange</source>
            <translation>退換貨</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>換貨</translation>
        </message>
        <message>
            <source>Repair under warranty</source>
            <translation>保修維修</translation>
        </message>
        <message>
            <source>No fault found: return as is</source>
            <translation>未發現故障：原樣退還</translation>
        </message>
        <message>
            <source>the new device's IMEI</source>
            <translation>新機的IMEI</translation>
        </message>
        <message>
            <source>Settle return</source>
            <translation>辦理退換</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Refund amount</source>
            <translation>退款金額</translation>
        </message>
        <message>
            <source>Refund method</source>
            <translation>退款方式</translation>
        </message>
        <message>
            <source>New IMEI</source>
            <translation>新IMEI</translation>
        </message>
        <message>
            <source>Promised time</source>
            <translation>承諾時間</translation>
        </message>
        <message>
            <source>Why it changes</source>
            <translation>變更原因</translation>
        </message>
        <message>
            <source>Change promise</source>
            <translation>變更承諾時間</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>新時間</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Finding: {exclusion}</source>
            <translation>檢測結論：{exclusion}</translation>
        </message>
        <message>
            <source>The whole job</source>
            <translation>整個工單</translation>
        </message>
        <message>
            <source>No purchase date: no refund or exchange; repair or no fault found</source>
            <translation>無購買日期：不能退款或換貨；可保修維修或按無故障退還</translation>
        </message>
        <message>
            <source>Bought {bought}: refund until {refund}, exchange until {exchange}</source>
            <translation>購買日期 {bought}：{refund} 前可退貨，{exchange} 前可換貨</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The daily backup could not be written: {detail}</source>
            <translation>無法寫入每日備份：{detail}</translation>
        </message>
        <message>
            <source>There is no shop database at {path}. Create a new, empty shop there?</source>
            <translation>{path} 沒有門店資料庫。要在那裡新建一個空白門店嗎？</translation>
        </message>
        <message>
            <source>The details are in the log file:
{path}</source>
            <translation>詳細資訊已記錄在日誌檔案中：
{path}</translation>
        </message>
    </context>
    <context>
        <name>appointments</name>
        <message>
            <source>On-site visit</source>
            <translation>上門服務</translation>
        </message>
        <message>
            <source>Drop-off</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已預約</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到達</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽約</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>預約</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>時段</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程師</translation>
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
            <source>Address</source>
            <translation>地址</translation>
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
            <source>Due by</source>
            <translation>最遲上門日</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完成時間</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>所做工作</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工單</translation>
        </message>
        <message>
            <source>Paid on site</source>
            <translation>現場付款</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>服務單</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>客戶簽名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Engineer's signature</source>
            <translation>工程師簽名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>列印時間</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>日程單</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>型別</translation>
        </message>
        <message>
            <source>Device and fault</source>
            <translation>裝置與故障</translation>
        </message>
        <message>
            <source>Arrived / left</source>
            <translation>到達 / 離開</translation>
        </message>
        <message>
            <source>No appointments</source>
            <translation>沒有預約</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Returned unrepaired</source>
            <translation>未修退回</translation>
        </message>
        <message>
            <source>Diagnosis fee</source>
            <translation>檢測費</translation>
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
            <source>Our repair</source>
            <translation>本店維修</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>不在保修範圍</translation>
        </message>
        <message>
            <source>Covered until</source>
            <translation>保修至</translation>
        </message>
        <message>
            <source>Deposit paid</source>
            <translation>已付定金</translation>
        </message>
        <message>
            <source>Final payment</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Amount tendered</source>
            <translation>實收金額</translation>
        </message>
        <message>
            <source>Care instructions</source>
            <translation>使用與保養須知</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>交付人</translation>
        </message>
        <message>
            <source>Collected by (customer signature)</source>
            <translation>取機確認（客戶簽名）</translation>
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
            <source>Payments received</source>
            <translation>已收款項</translation>
        </message>
        <message>
            <source>This quote is valid until {date}.</source>
            <translation>本報價有效期至 {date}。</translation>
        </message>
        <message>
            <source>I agree to the repair and the price above.</source>
            <translation>本人同意上述維修及價格。</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 頁，共 {pages} 頁</translation>
        </message>
        <message>
            <source>Cause found</source>
            <translation>故障原因</translation>
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
            <source>Give the PDF file: --pdf FILE</source>
            <translation>請指定 PDF 檔案：--pdf FILE</translation>
        </message>
        <message>
            <source>Give the ticket number</source>
            <translation>請提供工單號</translation>
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
            <source>No shop database at {path}; check --db, or create one with init</source>
            <translation>{path} 沒有門店資料庫；請檢查 --db，或用 init 新建</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}); it was left untouched. Restore the latest backup with: counter-app restore FILE</source>
            <translation>{path} 已損壞（{detail}），未做任何改動。請用以下命令恢復最近的備份：counter-app restore 檔案</translation>
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
            <source>{path} is on a read-only disk or folder: the shop cannot be opened for work there. The file was left untouched; make the disk writable or copy the shop.</source>
            <translation>{path} 位於只讀磁碟或資料夾中：無法在此開啟店鋪進行操作。檔案未被改動；請使磁碟可寫，或複製店鋪資料庫。</translation>
        </message>
        <message>
            <source>The shared database {where} is at an earlier schema ({revision}) than this program, Service Counter {version}, and was left as it is. Run the version the other counters run, or have a manager upgrade it for every counter, after a backup, with: counter-app upgrade</source>
            <translation>共享資料庫 {where} 的結構版本（{revision}）低於本程式維修服務檯 {version}，未作任何改動。請使用其他櫃檯正在使用的版本，或由經理在備份後為所有櫃檯升級：counter-app upgrade</translation>
        </message>
        <message>
            <source>The database {where} was upgraded by a newer version of Service Counter (schema {revision}): install Service Counter {version} or newer on this PC to open it.</source>
            <translation>資料庫 {where} 已被更新版本的維修服務檯升級（結構 {revision}）：請在本機安裝維修服務檯 {version} 或更新版本後再開啟。</translation>
        </message>
        <message>
            <source>Changed at the same time by another counter; nothing was saved.</source>
            <translation>另一個櫃檯同時修改了此記錄；未儲存任何內容。</translation>
        </message>
        <message>
            <source>The database is busy: another counter is writing and did not finish within 30 seconds. Nothing was saved; try again in a moment.</source>
            <translation>資料庫忙：另一個櫃檯正在寫入，30秒內未完成。未儲存任何內容，請稍後重試。</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder; nothing was saved.</source>
            <translation>資料庫位於只讀磁碟或資料夾中；未儲存任何內容。</translation>
        </message>
        <message>
            <source>The database is damaged; nothing was saved. Restore the latest backup with: counter-app restore FILE</source>
            <translation>資料庫已損壞，未儲存任何內容。請用以下命令恢復最近的備份：counter-app restore 檔案</translation>
        </message>
        <message>
            <source>The database cannot be reached; nothing was saved (details in the log).</source>
            <translation>無法連線資料庫，未儲存任何內容（詳情見日誌）。</translation>
        </message>
        <message>
            <source>The database refused the change; nothing was saved (details in the log).</source>
            <translation>資料庫拒絕了此修改，未儲存任何內容（詳情見日誌）。</translation>
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
            <source>{name} unpacks to {size} MB; an import reads at most {limit} MB</source>
            <translation>{name} 解壓後為 {size} MB；匯入最多讀取 {limit} MB</translation>
        </message>
        <message>
            <source>{name} has more than {limit} rows; an import reads at most {limit} rows (split the file)</source>
            <translation>{name} 超過 {limit} 行；匯入最多讀取 {limit} 行（請拆分檔案）</translation>
        </message>
        <message>
            <source>{name}: the sheet is damaged at row {row} ({detail})</source>
            <translation>{name}：工作表在第 {row} 行損壞（{detail}）</translation>
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
            <source>Amount: '{text}' is not a number (use . for decimals, e.g. 1,000.50)</source>
            <translation>金額：“{text}”不是數字（小數點用 .，例如 1,000.50）</translation>
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
            <source>Amount: too large (at most {max})</source>
            <translation>金額：數值過大（最多 {max}）</translation>
        </message>
        <message>
            <source>Amount: at most 2 decimal places</source>
            <translation>金額：最多兩位小數</translation>
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
            <source>Label size {size}: use 62x29, 57x32 or WxH in mm, width {min_width}–{max_width} and height {min_height}–{max_height}; the smallest that works is {smallest} mm</source>
            <translation>標籤尺寸 {size}：請用 62x29、57x32 或 寬x高（毫米），寬 {min_width}–{max_width}、高 {min_height}–{max_height}；最小可用尺寸為 {smallest} 毫米</translation>
        </message>
        <message>
            <source>Printer dpi: {dpis}</source>
            <translation>印表機解析度：{dpis} dpi</translation>
        </message>
        <message>
            <source>Printable margin: 0 to {max} mm</source>
            <translation>不可列印邊距：0 至 {max} 毫米</translation>
        </message>
        <message>
            <source>Offset {value} mm: at most {max} mm either way (move the labels in the printer if it is further off)</source>
            <translation>偏移 {value} 毫米：每個方向最多 {max} 毫米（偏差更大時請在印表機內重新裝好標籤紙）</translation>
        </message>
        <message>
            <source>Label {size} mm at {dpi} dpi cannot print a scannable barcode and the whole ticket number inside its printable area; the smallest that works is {smallest} mm</source>
            <translation>{size} 毫米標籤在 {dpi} dpi 下無法在可列印區域內印出可掃描的條碼和完整工單號；可用的最小尺寸為 {smallest} 毫米</translation>
        </message>
        <message>
            <source>Backups here are for SQLite files; back up PostgreSQL with pg_dump</source>
            <translation>此處備份僅適用於SQLite檔案；PostgreSQL 請使用 pg_dump 備份</translation>
        </message>
        <message>
            <source>The backup copy is damaged ({detail}) and was deleted: the shop database itself is damaged. Restore the latest good backup with: counter-app restore FILE</source>
            <translation>備份副本已損壞（{detail}），已刪除：門店資料庫本身已損壞。請用以下命令恢復最近一次完好的備份：counter-app restore 檔案</translation>
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
            <source>The database is open on another counter or program: close it there, then restore. Nothing was changed.</source>
            <translation>資料庫正被另一個櫃檯或程式開啟：請先在那裡關閉，再恢復。未做任何改動。</translation>
        </message>
        <message>
            <source>{user} ({role}) may not do this; it needs: {roles}</source>
            <translation>{user}（{role}）無權執行此操作，需要：{roles}</translation>
        </message>
        <message>
            <source>No appointment {id}</source>
            <translation>沒有預約 {id}</translation>
        </message>
        <message>
            <source>Time {value}: use YYYY-MM-DD HH:MM</source>
            <translation>時間 {value}：請用 YYYY-MM-DD HH:MM 格式</translation>
        </message>
        <message>
            <source>Length: {low} to {high} minutes</source>
            <translation>時長：{low} 至 {high} 分鐘</translation>
        </message>
        <message>
            <source>{name} is not a technician</source>
            <translation>{name} 不是技術員</translation>
        </message>
        <message>
            <source>Clashes with appointment {id} ({customer}, {starts}-{ends}) of the same engineer</source>
            <translation>與同一工程師的預約 {id}（{customer}，{starts}-{ends}）時間衝突</translation>
        </message>
        <message>
            <source>Kind {value}: use onsite or dropoff</source>
            <translation>型別 {value}：請用 onsite（上門）或 dropoff（到店）</translation>
        </message>
        <message>
            <source>That slot is in the past; pick a later time</source>
            <translation>該時段已過，請選擇之後的時間</translation>
        </message>
        <message>
            <source>An on-site visit needs an engineer</source>
            <translation>上門服務需要指派工程師</translation>
        </message>
        <message>
            <source>No consultation {id}</source>
            <translation>沒有諮詢記錄 {id}</translation>
        </message>
        <message>
            <source>Consultation {id} is already booked as appointment {appointment}</source>
            <translation>諮詢 {id} 已預約為預約單 {appointment}</translation>
        </message>
        <message>
            <source>Appointment {id} is {current}: only a booking can be moved</source>
            <translation>預約 {id} 當前為 {current}：只能改約尚未上門的預約</translation>
        </message>
        <message>
            <source>Appointment {id} is {current}: it cannot become {status} (only from {allowed})</source>
            <translation>預約 {id} 當前為 {current}，不能變為 {status}（僅可從 {allowed} 變更）</translation>
        </message>
        <message>
            <source>Appointment {id} has not begun yet: it cannot be a no-show</source>
            <translation>預約 {id} 尚未開始，不能記為爽約</translation>
        </message>
        <message>
            <source>A drop-off is paid and repaired on its ticket, not here</source>
            <translation>到店預約的維修與付款在其工單上辦理，不在此處</translation>
        </message>
        <message>
            <source>No ticket {ticket_no}</source>
            <translation>沒有工單 {ticket_no}</translation>
        </message>
        <message>
            <source>The device was not fixed on site: record no parts or payment; the job goes on on its ticket</source>
            <translation>裝置未能上門修好：不記錄配件或收款；維修在工單上繼續</translation>
        </message>
        <message>
            <source>The parts used cost {parts}; the amount paid on site must cover them</source>
            <translation>所用配件價格為 {parts}，現場付款須不少於此金額</translation>
        </message>
        <message>
            <source>Record what the customer paid on site</source>
            <translation>請記錄客戶現場支付的金額</translation>
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
            <source>{user} does not work at store {store}; its records are read-only here</source>
            <translation>{user} 不在門店 {store} 工作；該門店的記錄在此只讀</translation>
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
            <source>--map: '{part}' is not column=field; fields of {kind}: {fields}</source>
            <translation>--map：“{part}”不是“列名=欄位”格式；{kind} 的欄位有：{fields}</translation>
        </message>
        <message>
            <source>Unknown kind {kind}; use one of: {kinds}</source>
            <translation>未知型別 {kind}；請使用：{kinds}</translation>
        </message>
        <message>
            <source>Unknown columns: {names}; the {kind} columns are: {expected}</source>
            <translation>未知的列：{names}；{kind} 的列應為：{expected}</translation>
        </message>
        <message>
            <source>Columns given twice: {names}</source>
            <translation>列重複：{names}</translation>
        </message>
        <message>
            <source>Missing columns: {names}; the {kind} columns are: {expected}</source>
            <translation>缺少列：{names}；{kind} 的列應為：{expected}</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>購買日期</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>送修日期</translation>
        </message>
        <message>
            <source>Collected date</source>
            <translation>取機日期</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a date YYYY-MM-DD</source>
            <translation>{label}：“{text}”不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>{label}: {day} is in the future</source>
            <translation>{label}：{day} 是將來的日期</translation>
        </message>
        <message>
            <source>Payment method: '{text}' is not one of: {allowed}</source>
            <translation>付款方式：“{text}”不在以下之列：{allowed}</translation>
        </message>
        <message>
            <source>{column}: a formula; paste the values (not formulas) and retry</source>
            <translation>{column}：是公式；請貼上為數值（而非公式）後重試</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written</source>
            <translation>已取消匯入；未寫入任何內容</translation>
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
            <source>Collected on {collected}, before it was received on {received}</source>
            <translation>取機日期 {collected} 早於送修日期 {received}</translation>
        </message>
        <message>
            <source>Phone {phone} repeats line {line} with another name or email ({earlier} / {name})</source>
            <translation>電話 {phone} 與第 {line} 行重複，但姓名或郵箱不同（{earlier} / {name}）</translation>
        </message>
        <message>
            <source>{device} repeats line {line} with another owner, brand or model</source>
            <translation>{device} 與第 {line} 行重複，但機主、品牌或型號不同</translation>
        </message>
        <message>
            <source>No customer with phone {phone}: import the customers first</source>
            <translation>沒有電話為 {phone} 的客戶：請先匯入客戶</translation>
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
            <source>Production date: cannot be in the future</source>
            <translation>生產日期：不能晚於今天</translation>
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
            <source>Bought on {bought}: the exchange period ended on {until}; take it in as a warranty repair</source>
            <translation>購買日期 {bought}：換貨期已於 {until} 結束，請按保修維修受理</translation>
        </message>
        <message>
            <source>Unknown item {value}; use one of: {allowed}</source>
            <translation>未知的保修專案 {value}；可選：{allowed}</translation>
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
            <source>Low stock level</source>
            <translation>低庫存線</translation>
        </message>
        <message>
            <source>Low stock level: 0 to 1,000,000</source>
            <translation>低庫存線：0 到 1,000,000</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>數量</translation>
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
            <source>{sku} is already at store {code}</source>
            <translation>{sku} 已在門店 {code}</translation>
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
            <source>This counter does not take {value}; it takes: {allowed}</source>
            <translation>本櫃檯不收 {value}；可用：{allowed}</translation>
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
            <source>Unknown exclusion {value}; use one of: {allowed}</source>
            <translation>未知的保修除外原因 {value}；可選：{allowed}</translation>
        </message>
        <message>
            <source>An excluded repair is paid: record it as paid</source>
            <translation>保修除外的維修須收費：請記為收費</translation>
        </message>
        <message>
            <source>A line is charged for what is not covered: give paid and the exclusion</source>
            <translation>只有不在保修範圍的專案才單獨收費：請選擇收費並註明除外原因</translation>
        </message>
        <message>
            <source>A comeback is free only for the same fault: confirm the same fault or record it as paid</source>
            <translation>返修僅在同一故障時免費：請確認為同一故障，或記為收費</translation>
        </message>
        <message>
            <source>No store {code}</source>
            <translation>沒有門店 {code}</translation>
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
            <source>{key}: cannot be negative</source>
            <translation>{key}：不能為負數</translation>
        </message>
        <message>
            <source>{key}: at least {min}</source>
            <translation>{key}：至少為 {min}</translation>
        </message>
        <message>
            <source>{key}: at most {max}</source>
            <translation>{key}：最多 {max}</translation>
        </message>
        <message>
            <source>{key}: use yes or no, not '{value}'</source>
            <translation>{key}：請用 yes 或 no，而不是“{value}”</translation>
        </message>
        <message>
            <source>{key}: unknown fields {names}</source>
            <translation>{key}：未知欄位 {names}</translation>
        </message>
        <message>
            <source>{key}: days from 0 to 3650</source>
            <translation>{key}：天數須在 0 到 3650 之間</translation>
        </message>
        <message>
            <source>{key}: one line only</source>
            <translation>{key}：只能填一行</translation>
        </message>
        <message>
            <source>Unknown time zone {value}</source>
            <translation>未知時區 {value}</translation>
        </message>
        <message>
            <source>{key}: '{value}' is not one of: {choices}</source>
            <translation>{key}：“{value}”不在可選值中：{choices}</translation>
        </message>
        <message>
            <source>{key}: give region codes such as CN, HK, MO, TW</source>
            <translation>{key}：請填寫地區程式碼，例如 CN, HK, MO, TW</translation>
        </message>
        <message>
            <source>{key}: unknown payment methods {names}; use: {allowed}</source>
            <translation>{key}：未知支付方式 {names}；可用：{allowed}</translation>
        </message>
        <message>
            <source>{key}: offer at least one method</source>
            <translation>{key}：至少提供一種支付方式</translation>
        </message>
        <message>
            <source>{key}: {value} is not a date YYYY-MM-DD</source>
            <translation>{key}：{value} 不是 YYYY-MM-DD 格式的日期</translation>
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
            <source>Password: {min} to {max} characters</source>
            <translation>密碼：{min} 到 {max} 個字元</translation>
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
            <source>Too many wrong passwords: {name} is locked; try again in a minute</source>
            <translation>密碼錯誤次數過多：{name} 已被鎖定，請一分鐘後再試</translation>
        </message>
        <message>
            <source>Only a manager upgrades the shop's database</source>
            <translation>只有售後經理可以升級門店資料庫</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>沒有使用者 {name}</translation>
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
            <source>Ticket {ticket_no} has priced work the customer has not approved: send the quote for approval first</source>
            <translation>工單 {ticket_no} 有客戶尚未同意的收費專案：請先把報價交客戶確認</translation>
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
            <source>{label}: contains a control character ({code})</source>
            <translation>{label}：含有控制字元（{code}）</translation>
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
            <source>IMEI: {imei} is a placeholder, not a device's IMEI</source>
            <translation>IMEI：{imei} 是佔位號碼，不是裝置的IMEI</translation>
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
            <source>Phone: this is not a phone number</source>
            <translation>電話：這不是電話號碼</translation>
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
            <source>Phone: '{text}' is a number of {region}; this shop takes numbers of {regions} (setting phone_regions)</source>
            <translation>電話：“{text}”是{region}的號碼；本店只接受{regions}的號碼（設定 phone_regions）</translation>
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
            <source>Quantity: too large (at most {max})</source>
            <translation>數量：過大（最多 {max}）</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a whole number</source>
            <translation>{label}：“{text}”不是整數</translation>
        </message>
        <message>
            <source>{label}: the number is too large</source>
            <translation>{label}：數字過大</translation>
        </message>
        <message>
            <source>Give the appointment number</source>
            <translation>請輸入預約編號</translation>
        </message>
        <message>
            <source>Give the engineer</source>
            <translation>請指定工程師</translation>
        </message>
        <message>
            <source>{name} has a password: give it with --password or COUNTER_PASSWORD</source>
            <translation>{name} 設有密碼：請用 --password 或 COUNTER_PASSWORD 提供</translation>
        </message>
        <message>
            <source>Give the new password on standard input with --password-stdin, or in COUNTER_NEW_PASSWORD</source>
            <translation>請透過標準輸入（--password-stdin）或 COUNTER_NEW_PASSWORD 提供新密碼</translation>
        </message>
        <message>
            <source>The two passwords differ</source>
            <translation>兩次輸入的密碼不一致</translation>
        </message>
        <message>
            <source>No customer with phone {phone}</source>
            <translation>沒有電話為 {phone} 的客戶</translation>
        </message>
        <message>
            <source>Give either FILE or --template, not both</source>
            <translation>請給出檔案或 --template，不能同時給出</translation>
        </message>
        <message>
            <source>Give the FILE and --kind customers|devices|repairs (or --template)</source>
            <translation>請給出檔案和 --kind customers|devices|repairs（或 --template）</translation>
        </message>
        <message>
            <source>A refund needs --method (how it is paid)</source>
            <translation>退款需要 --method（退款方式）</translation>
        </message>
        <message>
            <source>Promised time: '{text}' is not YYYY-MM-DD HH:MM</source>
            <translation>承諾時間：“{text}”不是 YYYY-MM-DD HH:MM 格式</translation>
        </message>
        <message>
            <source>--tickets: 0 to 2,000,000</source>
            <translation>--tickets：0 到 2,000,000</translation>
        </message>
        <message>
            <source>{name} is password-protected or an old .xls workbook: open it in Excel, remove the password and save as .xlsx</source>
            <translation>{name} 有密碼保護或是舊版 .xls 工作簿：請在 Excel 中開啟，取消密碼並另存為 .xlsx</translation>
        </message>
        <message>
            <source>{name}: line {line} cannot be read ({detail})</source>
            <translation>{name}：第 {line} 行無法讀取（{detail}）</translation>
        </message>
        <message>
            <source>{name}: the header row holds a formula</source>
            <translation>{name}：表頭行含有公式</translation>
        </message>
        <message>
            <source>{name}: more than {count} rows; split the file</source>
            <translation>{name}：超過 {count} 行；請拆分檔案</translation>
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
            <source>Complaint {id}: tell the customer the result first (reopen it and resolve it with the customer told)</source>
            <translation>投訴 {id}：請先將處理結果通報客戶（重新開啟後，按“已通知客戶”重新記錄處理結果）</translation>
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
            <source>Callback: give it as YYYY-MM-DD HH:MM, not {value}</source>
            <translation>回電時間：請按 YYYY-MM-DD HH:MM 填寫，而不是 {value}</translation>
        </message>
        <message>
            <source>Callback: the time has already passed</source>
            <translation>回電時間：該時間已過</translation>
        </message>
        <message>
            <source>No phone number on record for {ticket_no}</source>
            <translation>{ticket_no} 沒有登記電話號碼</translation>
        </message>
        <message>
            <source>Enter a positive number</source>
            <translation>請輸入正數</translation>
        </message>
        <message>
            <source>This page of the list is not valid</source>
            <translation>列表的這一頁無效</translation>
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
        <message>
            <source>Quantity: {qty} is more than the shop's limit of {max} (max_quantity)</source>
            <translation>數量：{qty} 超過本店上限 {max}（max_quantity）</translation>
        </message>
        <message>
            <source>Amount: {amount} is more than the shop's limit of {max} for one line (max_line_amount)</source>
            <translation>金額：{amount} 超過本店單行上限 {max}（max_line_amount）</translation>
        </message>
        <message>
            <source>Promised time: {at} is in the past</source>
            <translation>承諾時間：{at} 已經過去</translation>
        </message>
        <message>
            <source>Unknown return outcome {value}; use one of: {allowed}</source>
            <translation>未知的退換結果 {value}；可選：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not a return or exchange waiting for an answer</source>
            <translation>工單 {ticket_no} 不是待處理的退換貨</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: the return can no longer be settled</source>
            <translation>工單 {ticket_no} 狀態為 {status}：已不能辦理退換</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no device</source>
            <translation>工單 {ticket_no} 沒有裝置</translation>
        </message>
        <message>
            <source>A refund needs a manager: ask the manager to sign in and settle {ticket_no}</source>
            <translation>退款須經負責人審批：請負責人登入辦理 {ticket_no}</translation>
        </message>
        <message>
            <source>No refund before a technician has inspected {ticket_no} (move it to diagnosing)</source>
            <translation>{ticket_no} 未經技術員檢測，不能退款（請先轉入檢測中）</translation>
        </message>
        <message>
            <source>No refund: the technician recorded {exclusion}; repair or exchange at cost only</source>
            <translation>不予退款：技術員已記錄 {exclusion}；只能按成本維修或換貨</translation>
        </message>
        <message>
            <source>No refund without the purchase price: record it on the ticket first</source>
            <translation>未記錄購買價格，不能退款：請先在工單上登記</translation>
        </message>
        <message>
            <source>A refund cannot be more than the purchase price {price}</source>
            <translation>退款不能高於購買價格 {price}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no purchase date: no refund or exchange without proof of purchase; repair or no fault found instead</source>
            <translation>工單 {ticket_no} 沒有購買日期：無購買憑證不能退款或換貨；請改為保修維修或按無故障退還</translation>
        </message>
        <message>
            <source>No refund: bought on {bought}, the return period ended on {until} (asked on {asked}); exchange or repair instead</source>
            <translation>不能退貨：購買日期 {bought}，退貨期已於 {until} 結束（申請日期 {asked}）；可換貨或維修</translation>
        </message>
        <message>
            <source>No exchange: bought on {bought}, the exchange period ended on {until} (asked on {asked}); repair only</source>
            <translation>不能換貨：購買日期 {bought}，換貨期已於 {until} 結束（申請日期 {asked}）；只能維修</translation>
        </message>
        <message>
            <source>The new device's IMEI repeats the returned one's</source>
            <translation>新機的IMEI與退回的機器相同</translation>
        </message>
        <message>
            <source>IMEI {imei} belongs to another customer's device</source>
            <translation>IMEI {imei} 屬於其他客戶的裝置</translation>
        </message>
        <message>
            <source>Give either --store or --all, not both</source>
            <translation>請只給出 --store 或 --all 其中之一</translation>
        </message>
        <message>
            <source>A PDF or Excel close is one store's: give --store CODE</source>
            <translation>PDF 或 Excel 日結只針對一家門店：請給出 --store 程式碼</translation>
        </message>
        <message>
            <source>This shop holds real records: sample data goes only into a new, empty shop; nothing was written</source>
            <translation>本店已有真實記錄：示例資料只能寫入新的空資料庫；未寫入任何內容</translation>
        </message>
        <message>
            <source>--stores: 1 to {most}</source>
            <translation>--stores：1 到 {most}</translation>
        </message>
        <message>
            <source>{url} is not a database URL</source>
            <translation>{url} 不是資料庫地址</translation>
        </message>
        <message>
            <source>Move a shop to a PostgreSQL URL (postgresql://...)</source>
            <translation>請遷移到 PostgreSQL 地址（postgresql://...）</translation>
        </message>
        <message>
            <source>{url} holds another schema version ({version}); nothing was copied</source>
            <translation>{url} 的資料庫結構版本不同（{version}）；未複製任何資料</translation>
        </message>
        <message>
            <source>{url} is not empty ({table}); nothing was copied</source>
            <translation>{url} 不是空資料庫（{table}）；未複製任何資料</translation>
        </message>
        <message>
            <source>Cannot reach {url} ({detail}); nothing was copied</source>
            <translation>無法連線 {url}（{detail}）；未複製任何資料</translation>
        </message>
        <message>
            <source>Only a SQLite shop is moved to a server</source>
            <translation>只有 SQLite 門店資料庫可以遷移到伺服器</translation>
        </message>
        <message>
            <source>The copy of {table} differs ({before} / {after}); nothing was kept</source>
            <translation>{table} 的副本不一致（{before} / {after}）；未保留任何資料</translation>
        </message>
        <message>
            <source>Store code {code}: a letter, then letters or digits, at most 10</source>
            <translation>門店程式碼 {code}：以字母開頭，後接字母或數字，最多 10 個字元</translation>
        </message>
        <message>
            <source>Ticket prefix {prefix}: a letter, then letters or digits, at most 7</source>
            <translation>單號字首 {prefix}：以字母開頭，後接字母或數字，最多 7 個字元</translation>
        </message>
        <message>
            <source>No store {code}; see: counter-app store list</source>
            <translation>沒有門店 {code}；請檢視：counter-app store list</translation>
        </message>
        <message>
            <source>This shop has several stores: choose one (--store CODE or the settings)</source>
            <translation>本店有多家門店：請選擇一家（--store 程式碼或在設定中選擇）</translation>
        </message>
        <message>
            <source>Store {code} exists already</source>
            <translation>門店 {code} 已存在</translation>
        </message>
        <message>
            <source>Ticket prefix {prefix} is used by another store</source>
            <translation>單號字首 {prefix} 已被另一家門店使用</translation>
        </message>
        <message>
            <source>Nothing imported: %n bad row(s): {detail}</source>
            <translation>未匯入任何內容：%n 行有誤：{detail}</translation>
        </message>
        <message>
            <source>--prefix goes with --as-store</source>
            <translation>--prefix 需與 --as-store 一起使用</translation>
        </message>
        <message>
            <source>No recovered faulty part number {id}</source>
            <translation>沒有編號為 {id} 的回收故障件</translation>
        </message>
        <message>
            <source>Disposal: choose one of {choices}</source>
            <translation>處置方式：請選擇 {choices} 之一</translation>
        </message>
        <message>
            <source>Recovered faulty part number {id} was already disposed of</source>
            <translation>編號為 {id} 的回收故障件已處置過</translation>
        </message>
        <message>
            <source>{table} {id} is missing from the copy; nothing was kept</source>
            <translation>副本中缺少 {table} {id}；未保留任何內容</translation>
        </message>
        <message>
            <source>{url} holds no chain to join; move the shop with migrate --to alone</source>
            <translation>{url} 中沒有可加入的連鎖；請只用 migrate --to 遷移店鋪</translation>
        </message>
        <message>
            <source>This shop has {count} stores; only a single-store shop joins a chain</source>
            <translation>本店有 {count} 家門店；只有單門店的店鋪可以加入連鎖</translation>
        </message>
        <message>
            <source>Store {code} already has data ({table}); nothing was copied</source>
            <translation>門店 {code} 已有資料（{table}）；未複製任何內容</translation>
        </message>
        <message>
            <source>Ticket prefix {prefix} is used by store {code}; choose another with --prefix</source>
            <translation>單號字首 {prefix} 已被門店 {code} 使用；請用 --prefix 另選一個</translation>
        </message>
        <message>
            <source>Unknown barrier {value}; use one of: {allowed}</source>
            <translation>未知的無法維修原因 {value}；請使用以下之一：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: only a repair in diagnosis or in repair can be declared beyond repair</source>
            <translation>工單 {ticket_no} 狀態為 {status}：只有檢測中或維修中的維修單才能判定為無法維修</translation>
        </message>
        <message>
            <source>Parts from stock are used on {ticket_no}: return them to stock before the device goes back unrepaired</source>
            <translation>工單 {ticket_no} 已使用庫存配件：裝置未修退回前請先將配件退回庫存</translation>
        </message>
        <message>
            <source>{tool} was not found (on PATH or in /usr/lib/postgresql/*/bin): install the PostgreSQL client tools (Debian package postgresql-client) to back up or restore this shop</source>
            <translation>未找到 {tool}（PATH 或 /usr/lib/postgresql/*/bin 中均沒有）：請安裝 PostgreSQL 客戶端工具（Debian 軟體包 postgresql-client）後再備份或恢復本店</translation>
        </message>
        <message>
            <source>{tool} failed: {detail}</source>
            <translation>{tool} 失敗：{detail}</translation>
        </message>
        <message>
            <source>{path} is not a PostgreSQL backup (pg_dump -Fc)</source>
            <translation>{path} 不是 PostgreSQL 備份（pg_dump -Fc）</translation>
        </message>
        <message>
            <source>line {line}: {message}</source>
            <translation>第 {line} 行：{message}</translation>
        </message>
        <message>
            <source>row {line}: {message}</source>
            <translation>第 {line} 行：{message}</translation>
        </message>
        <message>
            <source>{shown}; … and {more} more</source>
            <translation>{shown}；……另有 {more} 處</translation>
        </message>
        <message>
            <source>{name}: the text encoding cannot be recognised (not UTF-8, GB18030 or Big5); save it as CSV UTF-8 (or .xlsx) and retry</source>
            <translation>{name}：無法識別文字編碼（不是 UTF-8、GB18030 或 Big5）；請另存為 CSV UTF-8（或 .xlsx）後重試</translation>
        </message>
        <message>
            <source>{name}: line {line} is in another text encoding than the lines before it; save the whole file as CSV UTF-8 and retry</source>
            <translation>{name}：第 {line} 行的文字編碼與前面各行不同；請將整個檔案另存為 CSV UTF-8 後重試</translation>
        </message>
        <message>
            <source>{path} is the shop's database: choose another file</source>
            <translation>{path} 是本店的資料庫：請選擇其他檔案</translation>
        </message>
        <message>
            <source>Cannot use {path}</source>
            <translation>無法使用 {path}</translation>
        </message>
        <message>
            <source>{path} is a link: give the file itself, not a link</source>
            <translation>{path} 是一個連結：請指定檔案本身，而不是連結</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} 是資料夾，不是檔案</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device?); nothing was written</source>
            <translation>{path} 不是普通檔案（是裝置？）；未寫入任何內容</translation>
        </message>
        <message>
            <source>{path} is not a regular file</source>
            <translation>{path} 不是普通檔案</translation>
        </message>
        <message>
            <source>The disk is full: {path} was not written (an earlier file is unchanged)</source>
            <translation>磁碟已滿：未寫入 {path}（原有檔案保持不變）</translation>
        </message>
        <message>
            <source>The disk is read-only: {path} was not written (an earlier file is unchanged)</source>
            <translation>磁碟為只讀：未寫入 {path}（原有檔案保持不變）</translation>
        </message>
        <message>
            <source>No permission to write {path}; nothing was written</source>
            <translation>沒有寫入 {path} 的許可權；未寫入任何內容</translation>
        </message>
        <message>
            <source>Cannot write {path} ({detail}); an earlier file is unchanged</source>
            <translation>無法寫入 {path}（{detail}）；原有檔案保持不變</translation>
        </message>
        <message>
            <source>Receipt printer {printer}: {reason}</source>
            <translation>小票印表機 {printer}：{reason}</translation>
        </message>
        <message>
            <source>Receipt printer {printer}: out of paper</source>
            <translation>小票印表機 {printer}：缺紙</translation>
        </message>
        <message>
            <source>Only intake slips and receipts go to --to</source>
            <translation>只有受理單和收據可以用 --to 傳送</translation>
        </message>
        <message>
            <source>Give the receipt printer: --to tcp://HOST:PORT or file:DEVICE</source>
            <translation>請指定小票印表機：--to tcp://主機:埠 或 file:裝置</translation>
        </message>
        <message>
            <source>Receipt printer {uri}: use system, tcp://HOST:PORT or file:/dev/usb/lp0</source>
            <translation>小票印表機 {uri}：請用 system、tcp://主機:埠 或 file:/dev/usb/lp0</translation>
        </message>
        <message>
            <source>Message kind {value}: use one of {kinds}</source>
            <translation>訊息型別 {value}：請使用 {kinds} 之一</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: a {kind} message needs it {allowed}</source>
            <translation>工單 {ticket_no} 當前為 {status}：{kind} 訊息要求工單為 {allowed}</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} did not consent to be contacted</source>
            <translation>工單 {ticket_no} 的客戶未同意接收聯絡</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} has no phone number</source>
            <translation>工單 {ticket_no} 的客戶沒有電話號碼</translation>
        </message>
        <message>
            <source>message_command: unbalanced quotes</source>
            <translation>message_command：引號不成對</translation>
        </message>
        <message>
            <source>No message sender is set: a manager sets message_command first</source>
            <translation>未設定訊息傳送程式：請經理先設定 message_command</translation>
        </message>
        <message>
            <source>{key}: unbalanced braces { }</source>
            <translation>{key}：花括號 { } 不成對</translation>
        </message>
        <message>
            <source>{key}: unknown placeholders {names}; use {allowed}</source>
            <translation>{key}：未知的佔位符 {names}；可用 {allowed}</translation>
        </message>
        <message>
            <source>Keep years: 0 to {max}</source>
            <translation>保留年限：0 至 {max}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not a free warranty job: nothing to claim back</source>
            <translation>工單 {ticket_no} 不是免費保修工單：無可追償</translation>
        </message>
        <message>
            <source>Claim {id} for {sku} on {ticket_no} is already open</source>
            <translation>工單 {ticket_no} 的 {sku} 已有進行中的索賠 {id}</translation>
        </message>
        <message>
            <source>Claim state {value}: use one of {states}</source>
            <translation>索賠狀態 {value}：請使用 {states} 之一</translation>
        </message>
        <message>
            <source>No claim {id}</source>
            <translation>沒有索賠 {id}</translation>
        </message>
        <message>
            <source>Claim {id} is {current}: it cannot become {state}</source>
            <translation>索賠 {id} 當前為 {current}：不能變為 {state}</translation>
        </message>
        <message>
            <source>{sku} is a discontinued model's part kept until {until}: at least {minimum} must stay in stock ({have} on hand)</source>
            <translation>{sku} 是停產機型的保留配件，保留至 {until}：庫存至少須保留 {minimum} 件（現有 {have} 件）</translation>
        </message>
        <message>
            <source>Deposit: cannot be negative</source>
            <translation>押金：不能為負數</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: no loaner now</source>
            <translation>工單 {ticket_no} 當前為 {status}：現在不能借出備用機</translation>
        </message>
        <message>
            <source>A loaner is already out on {ticket_no}</source>
            <translation>工單 {ticket_no} 已借出一臺備用機</translation>
        </message>
        <message>
            <source>Loaner {imei} is out on {ticket_no}</source>
            <translation>備用機 {imei} 已借給工單 {ticket_no}</translation>
        </message>
        <message>
            <source>No loaner is out on {ticket_no}</source>
            <translation>工單 {ticket_no} 沒有借出的備用機</translation>
        </message>
        <message>
            <source>Cash needs an open till: open it first (till open --float AMOUNT)</source>
            <translation>收現金需先開錢箱（till open --float 金額）</translation>
        </message>
        <message>
            <source>No till is open on {station}: open it first (till open --float AMOUNT)</source>
            <translation>{station} 未開錢箱：請先開錢箱（till open --float 金額）</translation>
        </message>
        <message>
            <source>The till on {station} is open already: close it first</source>
            <translation>{station} 的錢箱已開：請先結算關閉</translation>
        </message>
        <message>
            <source>The till should hold only {expected}</source>
            <translation>錢箱應有現金僅 {expected}</translation>
        </message>
        <message>
            <source>A count cannot be negative</source>
            <translation>點數不能為負</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: only a ready device waits</source>
            <translation>工單 {ticket_no} 狀態為{status}：只有待取機的裝置才需通知取機</translation>
        </message>
        <message>
            <source>{value} does not exist in {zone}: the clocks go forward then</source>
            <translation>{value} 在 {zone} 不存在：此時鐘表向前撥快</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>approved</source>
            <translation>客戶已同意</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>已提供諮詢建議</translation>
        </message>
        <message>
            <source>Quote sent</source>
            <translation>已傳送報價</translation>
        </message>
        <message>
            <source>Customer declined</source>
            <translation>客戶拒絕維修</translation>
        </message>
        <message>
            <source>Reassembled, no repair</source>
            <translation>已裝回，未維修</translation>
        </message>
        <message>
            <source>Part ordered</source>
            <translation>已訂購配件</translation>
        </message>
        <message>
            <source>Part arrived</source>
            <translation>配件已到貨</translation>
        </message>
        <message>
            <source>Tested OK</source>
            <translation>測試正常</translation>
        </message>
        <message>
            <source>Customer took the device back</source>
            <translation>客戶已取回裝置</translation>
        </message>
        <message>
            <source>Refunded: the device stays</source>
            <translation>已退款：裝置留在店內</translation>
        </message>
        <message>
            <source>Exchanged for a new device</source>
            <translation>已換新機</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>未發現故障</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>上門服務</translation>
        </message>
        <message>
            <source>repair under warranty</source>
            <translation>按保修維修</translation>
        </message>
        <message>
            <source>no fault found: returned as is</source>
            <translation>未發現故障：原樣退回</translation>
        </message>
        <message>
            <source>in_person (on site)</source>
            <translation>當面（上門）</translation>
        </message>
        <message>
            <source>Same fault</source>
            <translation>同一故障</translation>
        </message>
        <message>
            <source>Within the handset warranty</source>
            <translation>在整機保修期內</translation>
        </message>
        <message>
            <source>Liquid damage</source>
            <translation>進液損壞</translation>
        </message>
        <message>
            <source>Out of warranty</source>
            <translation>已過保修期</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>定金</translation>
        </message>
        <message>
            <source>Final payment</source>
            <translation>尾款</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Awaiting the customer's answer</source>
            <translation>待客戶答覆</translation>
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
            <source>{kind}, {method}: {amount}</source>
            <translation>{kind}，{method}：{amount}</translation>
        </message>
        <message>
            <source>{kind}: {amount}</source>
            <translation>{kind}：{amount}</translation>
        </message>
        <message>
            <source>Refund {amount}, {method}: {reason}</source>
            <translation>退款 {amount}，{method}：{reason}</translation>
        </message>
        <message>
            <source>Refund {amount}, {method}</source>
            <translation>退款 {amount}，{method}</translation>
        </message>
        <message>
            <source>Exchanged for the device {imei}</source>
            <translation>已換為裝置 {imei}</translation>
        </message>
        <message>
            <source>Message “{kind}” by {channel}: {outcome}</source>
            <translation>訊息“{kind}”（{channel}）：{outcome}</translation>
        </message>
        <message>
            <source>Notice sent as a message ({channel})</source>
            <translation>已透過訊息發出取機提醒（{channel}）</translation>
        </message>
        <message>
            <source>Loaner {imei} lent, deposit {deposit}</source>
            <translation>備用機 {imei} 已借出，押金 {deposit}</translation>
        </message>
        <message>
            <source>Loaner {imei} returned</source>
            <translation>備用機 {imei} 已歸還</translation>
        </message>
        <message>
            <source>Promised time {before} → {after}: {reason}</source>
            <translation>承諾時間 {before} → {after}：{reason}</translation>
        </message>
        <message>
            <source>Supplier claim {id}: {sku} → {supplier}</source>
            <translation>供應商索賠 {id}：{sku} → {supplier}</translation>
        </message>
        <message>
            <source>Not fixed on site: {note}</source>
            <translation>上門未修好：{note}</translation>
        </message>
        <message>
            <source>Paid: {exclusion}</source>
            <translation>收費：{exclusion}</translation>
        </message>
        <message>
            <source>{decision} ({exclusion})</source>
            <translation>{decision}（{exclusion}）</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已傳送</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>傳送失敗</translation>
        </message>
        <message>
            <source>{line}: paid ({exclusion}): {reason}</source>
            <translation>{line}：收費（{exclusion}）：{reason}</translation>
        </message>
        <message>
            <source>Faulty part recovered: {part} ×{qty}</source>
            <translation>已回收故障件：{part} ×{qty}</translation>
        </message>
        <message>
            <source>Not fixed on site</source>
            <translation>上門未修好</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <source>{suffix} file</source>
            <translation>{suffix} 檔案</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
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
            <source>Beyond repair</source>
            <translation>無法維修</translation>
        </message>
        <message>
            <source>Message to customer</source>
            <translation>客戶訊息</translation>
        </message>
        <message>
            <source>Loaner phone</source>
            <translation>備用機</translation>
        </message>
        <message>
            <source>Cause found</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Collection notice</source>
            <translation>取機通知</translation>
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
        <name>html_docs</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 頁，共 {pages} 頁</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
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
            <source>Rulers start {margin} mm inside the edges</source>
            <translation>標尺從距邊緣 {margin} 毫米處起</translation>
        </message>
        <message>
            <source>Measure the gap from the label's edge to 0:</source>
            <translation>量出標籤邊緣到 0 刻度的距離：</translation>
        </message>
        <message>
            <source>Offset right = {margin} − left gap</source>
            <translation>向右偏移 = {margin} − 左邊距</translation>
        </message>
        <message>
            <source>Offset down = {margin} − top gap</source>
            <translation>向下偏移 = {margin} − 上邊距</translation>
        </message>
        <message>
            <source>Saved: right {dx}, down {dy} mm</source>
            <translation>已儲存：向右 {dx}，向下 {dy} 毫米</translation>
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
            <source>Octopus</source>
            <translation>八達通</translation>
        </message>
        <message>
            <source>FPS</source>
            <translation>轉數快</translation>
        </message>
        <message>
            <source>PayMe</source>
            <translation>PayMe</translation>
        </message>
        <message>
            <source>AlipayHK</source>
            <translation>AlipayHK</translation>
        </message>
        <message>
            <source>UnionPay</source>
            <translation>銀聯</translation>
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
            <source>Received from supplier</source>
            <translation>供應商入庫</translation>
        </message>
        <message>
            <source>Used on a ticket</source>
            <translation>工單領用</translation>
        </message>
        <message>
            <source>Returned from a ticket</source>
            <translation>工單退回</translation>
        </message>
        <message>
            <source>Stock count adjusted</source>
            <translation>盤點調整</translation>
        </message>
        <message>
            <source>Sent back to supplier</source>
            <translation>退回供應商</translation>
        </message>
        <message>
            <source>Faulty part recovered</source>
            <translation>回收故障件</translation>
        </message>
        <message>
            <source>Moved between stores</source>
            <translation>門店間調撥</translation>
        </message>
        <message>
            <source>Spare parts not available</source>
            <translation>無法獲得備件</translation>
        </message>
        <message>
            <source>Repair too expensive</source>
            <translation>維修費用過高</translation>
        </message>
        <message>
            <source>No way to open the device</source>
            <translation>裝置無法拆開</translation>
        </message>
        <message>
            <source>Repair information not available</source>
            <translation>無法獲得維修資料</translation>
        </message>
        <message>
            <source>Lack of equipment</source>
            <translation>缺少維修裝置</translation>
        </message>
        <message>
            <source>Device too worn out</source>
            <translation>裝置過於老化</translation>
        </message>
        <message>
            <source>Beyond repair</source>
            <translation>無法維修</translation>
        </message>
        <message>
            <source>{role} (as {capacity})</source>
            <translation>{role}（按{capacity}計）</translation>
        </message>
        <message>
            <source>Scrapped</source>
            <translation>已報廢</translation>
        </message>
        <message>
            <source>Returned to the supplier</source>
            <translation>已退回供應商</translation>
        </message>
        <message>
            <source>Recycled</source>
            <translation>已回收處理</translation>
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
            <source>Till</source>
            <translation>錢箱</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>收銀臺</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>開箱時間</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>開箱人</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>備用金</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>應有</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>實點</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差額</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未結</translation>
        </message>
        <message>
            <source>Cash taken with no till open</source>
            <translation>未開錢箱時收取的現金</translation>
        </message>
        <message>
            <source>Audit chain head</source>
            <translation>審計鏈末端雜湊</translation>
        </message>
        <message>
            <source>Labour revenue</source>
            <translation>工時收入</translation>
        </message>
        <message>
            <source>Parts margin</source>
            <translation>配件毛利</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>提成</translation>
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
            <source>Loaner phones</source>
            <translation>備用機</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>押金</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Given back</source>
            <translation>歸還</translation>
        </message>
        <message>
            <source>still out</source>
            <translation>未歸還</translation>
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
            <source>On-site service</source>
            <translation>上門服務</translation>
        </message>
        <message>
            <source>On-site visits</source>
            <translation>上門服務次數</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>準時率</translation>
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
            <source>Warranty on our own repairs, calendar months from collection</source>
            <translation>本店維修保修月數（自取機日起按自然月）</translation>
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
            <source>On-site visit due within working days of the request</source>
            <translation>上門服務須在申請後幾個工作日內完成</translation>
        </message>
        <message>
            <source>Shop holidays, not working days (YYYY-MM-DD, separated by commas)</source>
            <translation>門店休息日，不計工作日（YYYY-MM-DD，用逗號分隔）</translation>
        </message>
        <message>
            <source>A quote is valid for days</source>
            <translation>報價有效天數</translation>
        </message>
        <message>
            <source>Diagnosis fee when a device is beyond repair (whole units, 0: none)</source>
            <translation>裝置無法維修時收取的檢測費（整數金額，0 表示不收）</translation>
        </message>
        <message>
            <source>Largest amount of one quote line (whole units)</source>
            <translation>報價單行最高金額（整數）</translation>
        </message>
        <message>
            <source>Largest quantity of pieces in one line or movement</source>
            <translation>單行或單次出入庫的最大數量</translation>
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
            <source>Please back up your data. We are not responsible for data loss. Devices not collected within 90 days may be disposed of.</source>
            <translation>請提前備份資料，本店不對資料丟失負責。裝置超過 90 天未取，本店可自行處理。</translation>
        </message>
        <message>
            <source>Terms printed on the intake slip</source>
            <translation>受理單條款</translation>
        </message>
        <message>
            <source>Repairs are under warranty for the period stated; damage by drops, liquid or unauthorised opening is not covered.</source>
            <translation>維修在所列期限內保修；摔落、進液或私自拆機造成的損壞不在保修範圍內。</translation>
        </message>
        <message>
            <source>Terms printed on the receipt</source>
            <translation>收據條款</translation>
        </message>
        <message>
            <source>Keep the device dry; avoid drops and heat; use the original charger; bring the receipt for any warranty claim.</source>
            <translation>請保持裝置乾燥，避免摔落和高溫，使用原裝充電器；申請保修時請帶上本收據。</translation>
        </message>
        <message>
            <source>Care instructions printed on the hand-over receipt</source>
            <translation>交付收據上列印的使用與保養須知</translation>
        </message>
        <message>
            <source>The PC (host name) that makes the daily backup of a shared PostgreSQL database</source>
            <translation>負責每日備份共享 PostgreSQL 資料庫的電腦（主機名）</translation>
        </message>
        <message>
            <source>Second folder (USB drive, network share) every daily backup is copied to</source>
            <translation>每日備份同時複製到的第二資料夾（U 盤、網路共享）</translation>
        </message>
        <message>
            <source>Program that sends a message to a customer (run without a shell with two arguments: phone in E.164 and the text; empty: none)</source>
            <translation>向客戶傳送訊息的程式（不經 shell 執行，帶兩個引數：E.164 格式的電話和內容；留空：無）</translation>
        </message>
        <message>
            <source>Language of messages to customers (empty: the interface language)</source>
            <translation>發給客戶的訊息所用語言（留空：介面語言）</translation>
        </message>
        <message>
            <source>Opening hours, as told in messages to customers</source>
            <translation>營業時間（寫入發給客戶的訊息）</translation>
        </message>
        <message>
            <source>Message: ready for pickup (empty: built-in)</source>
            <translation>訊息：可取機（留空：內建文字）</translation>
        </message>
        <message>
            <source>Message: quote to approve (empty: built-in)</source>
            <translation>訊息：報價待確認（留空：內建文字）</translation>
        </message>
        <message>
            <source>Message: uncollected notice (empty: built-in)</source>
            <translation>訊息：未取機通知（留空：內建文字）</translation>
        </message>
        <message>
            <source>Message: after-service follow-up (empty: built-in)</source>
            <translation>訊息：售後回訪（留空：內建文字）</translation>
        </message>
        <message>
            <source>Message: maintenance reminder (empty: built-in)</source>
            <translation>訊息：保養提醒（留空：內建文字）</translation>
        </message>
        <message>
            <source>Regular maintenance due after months</source>
            <translation>定期保養間隔（月）</translation>
        </message>
        <message>
            <source>Part categories that are electronic parts (separated by commas)</source>
            <translation>屬於電子件的配件類別（以逗號分隔）</translation>
        </message>
        <message>
            <source>Electronic parts of a discontinued model are kept in stock for years</source>
            <translation>停產機型的電子件保留庫存年限</translation>
        </message>
        <message>
            <source>Promised completion of an urgent job after intake, hours</source>
            <translation>緊急工單承諾完成時間（接單後小時數）</translation>
        </message>
        <message>
            <source>No proof of purchase: the handset warranty starts this many days after production</source>
            <translation>無購買憑證時：整機保修自生產日期後第幾天起算</translation>
        </message>
        <message>
            <source>Notices for a device not collected, days after it was ready (by commas)</source>
            <translation>未取機通知：修好後第幾天傳送（用逗號分隔）</translation>
        </message>
        <message>
            <source>A device not collected may be disposed of this many days after ready</source>
            <translation>修好後超過此天數未取的裝置可予處理</translation>
        </message>
        <message>
            <source>Regions whose phone numbers are accepted (codes, separated by commas)</source>
            <translation>接受其電話號碼的地區（程式碼，以逗號分隔）</translation>
        </message>
        <message>
            <source>Payment methods the counter offers (codes, by commas)</source>
            <translation>櫃檯提供的支付方式（程式碼，以逗號分隔）</translation>
        </message>
        <message>
            <source>Cash payments need an open till</source>
            <translation>收現金須先開錢箱</translation>
        </message>
        <message>
            <source>A till count off by more than this is flagged (whole units)</source>
            <translation>錢箱點數差額超過此值時提示（整數金額）</translation>
        </message>
        <message>
            <source>Technicians' commission on labour revenue, % (0: none)</source>
            <translation>技術員工時收入提成比例 %（0：無）</translation>
        </message>
    </context>
    <context>
        <name>warranty</name>
        <message>
            <source>Return period</source>
            <translation>退貨期</translation>
        </message>
        <message>
            <source>Exchange period</source>
            <translation>換貨期</translation>
        </message>
        <message>
            <source>Manufacturer warranty</source>
            <translation>廠家保修</translation>
        </message>
        <message>
            <source>Our repair warranty</source>
            <translation>本店維修保修</translation>
        </message>
        <message>
            <source>Out of warranty</source>
            <translation>已過保修</translation>
        </message>
        <message>
            <source>Bought on {bought}: return, exchange or repair until {until}</source>
            <translation>購買日期 {bought}：{until} 前可退貨、換貨或維修</translation>
        </message>
        <message>
            <source>Bought on {bought}: exchange or repair until {until}</source>
            <translation>購買日期 {bought}：{until} 前可換貨或維修</translation>
        </message>
        <message>
            <source>Bought on {bought}: the {item} is under warranty until {until}</source>
            <translation>購買日期 {bought}：{item}保修至 {until}</translation>
        </message>
        <message>
            <source>Comeback of {ticket}: under our repair warranty until {until}; free if the technician confirms the same fault</source>
            <translation>{ticket} 的返修：本店維修保修至 {until}；技術員確認為同一故障則免費</translation>
        </message>
        <message>
            <source>Comeback of {ticket} with the same fault: free until {until}</source>
            <translation>{ticket} 的返修，同一故障：{until} 前免費</translation>
        </message>
        <message>
            <source>Comeback of {ticket} with a different fault: a paid repair</source>
            <translation>{ticket} 的返修，不同故障：收費維修</translation>
        </message>
        <message>
            <source>The {item}'s warranty ended on {until}</source>
            <translation>{item}保修已於 {until} 結束</translation>
        </message>
        <message>
            <source>No proof of purchase: the warranty cannot be established</source>
            <translation>無購買憑證：無法確認保修</translation>
        </message>
        <message>
            <source>No purchase date: paid unless decided</source>
            <translation>無購買日期：除另行決定外收費</translation>
        </message>
        <message>
            <source>No proof of purchase: made on {made}, the {item} is under warranty from {from} until {until}</source>
            <translation>無購買憑證：生產日期 {made}，{item}保修期自 {from} 至 {until}</translation>
        </message>
        <message>
            <source>No proof of purchase: made on {made}, the {item}'s warranty counted from {from} ended on {until}</source>
            <translation>無購買憑證：生產日期 {made}，{item}保修期自 {from} 起算，已於 {until} 到期</translation>
        </message>
        <message>
            <source>Not covered: {exclusion}</source>
            <translation>不在保修範圍：{exclusion}</translation>
        </message>
        <message>
            <source>Decided by the technician</source>
            <translation>由技術員決定</translation>
        </message>
        <message>
            <source>Consultation: no charge</source>
            <translation>諮詢：不收費</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>手機</translation>
        </message>
        <message>
            <source>battery</source>
            <translation>電池</translation>
        </message>
        <message>
            <source>charger</source>
            <translation>充電器</translation>
        </message>
        <message>
            <source>wired headset</source>
            <translation>有線耳機</translation>
        </message>
        <message>
            <source>memory card</source>
            <translation>儲存卡</translation>
        </message>
        <message>
            <source>drop or impact damage</source>
            <translation>摔落或撞擊損壞</translation>
        </message>
        <message>
            <source>liquid damage</source>
            <translation>進液損壞</translation>
        </message>
        <message>
            <source>opened or modified elsewhere</source>
            <translation>曾在他處拆修或改裝</translation>
        </message>
        <message>
            <source>seal or label tampered</source>
            <translation>封條或標籤被改動</translation>
        </message>
        <message>
            <source>non-original part</source>
            <translation>非原裝配件</translation>
        </message>
        <message>
            <source>no proof of purchase</source>
            <translation>無購買憑證</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>{count} failed repairs of the same fault under warranty: offer an exchange</source>
            <translation>保修期內同一故障已維修 {count} 次未修好：可為客戶換機</translation>
        </message>
        <message>
            <source>Free of charge</source>
            <translation>免費</translation>
        </message>
        <message>
            <source>Paid repair</source>
            <translation>收費維修</translation>
        </message>
        <message>
            <source>Warranty to be decided after diagnosis</source>
            <translation>檢測後判定是否保修</translation>
        </message>
    </context>
</TS>