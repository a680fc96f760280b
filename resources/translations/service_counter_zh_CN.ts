<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <source>On-site visit</source>
            <translation>上门服务</translation>
        </message>
        <message>
            <source>Drop-off</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽约</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>最迟上门日</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>所做工作</translation>
        </message>
        <message>
            <source>Paid on site</source>
            <translation>现场付款</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Device and fault</source>
            <translation>设备与故障</translation>
        </message>
        <message>
            <source>Arrived / left</source>
            <translation>到达 / 离开</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>识别号</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
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
            <translation>实收金额</translation>
        </message>
        <message>
            <source>Awaiting your consent</source>
            <translation>待您确认</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价单</translation>
        </message>
        <message>
            <source>Supplementary quote</source>
            <translation>补充报价</translation>
        </message>
        <message>
            <source>Repair warranty until (expected)</source>
            <translation>维修保修期至（预计）</translation>
        </message>
        <message>
            <source>Repair warranty until</source>
            <translation>维修保修期至</translation>
        </message>
        <message>
            <source>Diagnosis fee</source>
            <translation>检测费</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取机</translation>
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
            <translation>净额</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Earlier ticket</source>
            <translation>原工单</translation>
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
            <translation>岗位</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款笔数</translation>
        </message>
        <message>
            <source>Takings</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>交机</translation>
        </message>
        <message>
            <source>still out</source>
            <translation>未归还</translation>
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
            <translation>归还</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未结</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>收银台</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>开箱时间</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>开箱人</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>备用金</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>应有</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>实点</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工单</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>周转时间中位数（小时）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均周转时间（小时）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>Labour revenue</source>
            <translation>工时收入</translation>
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
            <translation>满意度</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投诉</translation>
        </message>
        <message>
            <source>On-site visits</source>
            <translation>上门服务次数</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时率</translation>
        </message>
        <message>
            <source>By completion date. After-care: follow-ups made, average satisfaction (1-5) and the share of satisfied answers about their jobs, complaints about their jobs and against them, complaints they were responsible for that went overdue.</source>
            <translation>按完成日期统计。售后：完成的回访数、其工单的平均满意度（1-5）及满意率、其工单的投诉及针对本人的投诉、由其负责但已逾期的投诉。</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Intake slip</source>
            <translation>受理单</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Use Save as PDF, or add a printer in the system settings.</source>
            <translation>本机未安装打印机。请使用“另存为PDF”，或在系统设置中添加打印机。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为PDF…</translation>
        </message>
        <message>
            <source>Label printer calibration…</source>
            <translation>标签打印机校准…</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Service Counter</source>
            <translation>关于维修服务台</translation>
        </message>
        <message>
            <source>none (the log folder cannot be written)</source>
            <translation>无（日志文件夹无法写入）</translation>
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
            <translation>数据库</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>日志文件</translation>
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
            <translation>&lt;b&gt;维修服务台&lt;/b&gt; — 售后与维修前台</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详情</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
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
            <translation>回访类型</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>维修内容</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>拨打次数</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>About</source>
            <translation>被投诉人</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>来电人</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>咨询内容</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>回电</translation>
        </message>
        <message>
            <source>Calls due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Maintenance due</source>
            <translation>到期保养</translation>
        </message>
        <message>
            <source>After-care is for the counter, technicians and the manager.</source>
            <translation>售后回访仅供客服、技术员和经理使用。</translation>
        </message>
        <message>
            <source>Call (show number)</source>
            <translation>拨打（显示号码）</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Not reached (try again tomorrow)</source>
            <translation>未接通（明天再拨）</translation>
        </message>
        <message>
            <source>no score</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>(from the score)</source>
            <translation>（按评分自动判断）</translation>
        </message>
        <message>
            <source>What the customer said; Enter records the call</source>
            <translation>客户的反馈；按回车记录回访</translation>
        </message>
        <message>
            <source>Record call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>Record the follow-up call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>回访结果</translation>
        </message>
        <message>
            <source>Satisfaction (1-5)</source>
            <translation>满意度（1-5）</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈类别</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Choose a call in the list first.</source>
            <translation>请先在列表中选择一条回访。</translation>
        </message>
        <message>
            <source>Call recorded.</source>
            <translation>回访已记录。</translation>
        </message>
        <message>
            <source>Not reached: on the list again on {day}.</source>
            <translation>未接通：{day} 将再次出现在列表中。</translation>
        </message>
        <message numerus="yes">
            <source>Not reached %n time(s): closed as unreachable.</source>
            <translation>
                <numerusform>%n 次未接通：已按无法联系关闭。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) due, {overdue} overdue</source>
            <translation>
                <numerusform>待回访 %n 个，其中逾期 {overdue} 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Complaint {id} opened.</source>
            <translation>已创建投诉 {id}。</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>未处理</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>All staff</source>
            <translation>全部员工</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>指派…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>处理…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Complaint {id} by {customer} ({phone}), recorded {at} by {user}</source>
            <translation>投诉 {id}：{customer}（{phone}），{at} 由 {user} 登记</translation>
        </message>
        <message>
            <source>customer told</source>
            <translation>已告知客户</translation>
        </message>
        <message>
            <source>customer not told</source>
            <translation>未告知客户</translation>
        </message>
        <message>
            <source>Resolution: {text} ({told})</source>
            <translation>处理结果：{text}（{told}）</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Responsible person:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>处理</translation>
        </message>
        <message>
            <source>How it was resolved:</source>
            <translation>处理结果：</translation>
        </message>
        <message>
            <source>Was the customer told of the outcome?</source>
            <translation>是否已告知客户处理结果？</translation>
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
            <translation>回电时间</translation>
        </message>
        <message>
            <source>Save consultation</source>
            <translation>保存咨询</translation>
        </message>
        <message>
            <source>&amp;Book appointment…</source>
            <translation>预约(&amp;B)…</translation>
        </message>
        <message>
            <source>Choose a consultation in the list first.</source>
            <translation>请先在列表中选择咨询记录。</translation>
        </message>
        <message>
            <source>Appointment {id} booked for {at}</source>
            <translation>预约 {id} 已定于 {at}</translation>
        </message>
        <message>
            <source>Consultation saved.</source>
            <translation>咨询已保存。</translation>
        </message>
    </context>
    <context>
        <name>BeyondRepairDialog</name>
        <message>
            <source>Beyond repair: {ticket}</source>
            <translation>无法维修：{ticket}</translation>
        </message>
        <message>
            <source>What you found, for the customer and the record</source>
            <translation>检测发现的情况，供客户知悉并存档</translation>
        </message>
        <message>
            <source>The device goes back to the customer unrepaired; the customer pays only the shop's diagnosis fee, if any.</source>
            <translation>设备将未修退还客户；客户只需支付本店的检测费（如有）。</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <source>Book an appointment</source>
            <translation>新建预约</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>IMEI or serial number, if known</source>
            <translation>IMEI 或序列号（如已知）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>IMEI / serial</source>
            <translation>IMEI / 序列号</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ClaimsPanel</name>
        <message>
            <source>Claims in state</source>
            <translation>按状态筛选索赔</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Claims to suppliers</source>
            <translation>向供应商索赔</translation>
        </message>
        <message>
            <source>e.g. the supplier's RMA number</source>
            <translation>例如供应商的退货授权号（RMA）</translation>
        </message>
        <message>
            <source>&amp;Open claim</source>
            <translation>提出索赔(&amp;O)</translation>
        </message>
        <message>
            <source>Selected claim:</source>
            <translation>所选索赔：</translation>
        </message>
        <message>
            <source>SK&amp;U</source>
            <translation>SKU(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Ticket</source>
            <translation>工单(&amp;T)</translation>
        </message>
        <message>
            <source>Su&amp;pplier</source>
            <translation>供应商(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Claim {id} opened: {sku} on {ticket} to {supplier}</source>
            <translation>已提出索赔 {id}：工单 {ticket} 的 {sku}，向 {supplier}</translation>
        </message>
        <message>
            <source>Claim {id}: {state}</source>
            <translation>索赔 {id}：{state}</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>New complaint</source>
            <translation>新建投诉</translation>
        </message>
        <message>
            <source>Ticket number (optional)</source>
            <translation>工单号（可选）</translation>
        </message>
        <message>
            <source>Customer's phone, when there is no ticket</source>
            <translation>客户手机号（无工单时填写）</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>不针对具体员工</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>Complaint about</source>
            <translation>被投诉人</translation>
        </message>
    </context>
    <context>
        <name>ConsultationBookDialog</name>
        <message>
            <source>Book from consultation</source>
            <translation>按咨询预约</translation>
        </message>
        <message>
            <source>{phone} (from the consultation)</source>
            <translation>{phone}（咨询号码）</translation>
        </message>
    </context>
    <context>
        <name>CountingHelper</name>
        <message>
            <source>Count the drawer</source>
            <translation>清点钱箱</translation>
        </message>
        <message>
            <source>Pieces of {value}</source>
            <translation>{value} 面额张数</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>实点</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>Edit customer</source>
            <translation>编辑客户</translation>
        </message>
        <message>
            <source>May be contacted</source>
            <translation>同意接受联系</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
    </context>
    <context>
        <name>CustomerReach</name>
        <message>
            <source>Ready for pickup</source>
            <translation>可取机</translation>
        </message>
        <message>
            <source>Quote to approve</source>
            <translation>报价待确认</translation>
        </message>
        <message>
            <source>Uncollected notice</source>
            <translation>未取机通知</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Maintenance reminder</source>
            <translation>保养提醒</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Copy message</source>
            <translation>复制消息</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发送</translation>
        </message>
        <message>
            <source>Loaner IMEI</source>
            <translation>备用机 IMEI</translation>
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
            <translation>备用机归还</translation>
        </message>
        <message>
            <source>No loaner phone out</source>
            <translation>没有借出的备用机</translation>
        </message>
        <message>
            <source>Loaner {imei} out since {at}, deposit {deposit}</source>
            <translation>备用机 {imei} 自 {at} 借出，押金 {deposit}</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>消息已复制</translation>
        </message>
        <message>
            <source>Message sent</source>
            <translation>消息已发送</translation>
        </message>
        <message>
            <source>The sender failed: {detail}</source>
            <translation>发送程序失败：{detail}</translation>
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
            <translation>电话</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Last 4+ digits of the phone, or the name</source>
            <translation>电话后4位以上，或姓名</translation>
        </message>
        <message>
            <source>Edit details…</source>
            <translation>修改资料…</translation>
        </message>
        <message>
            <source>Erase personal data…</source>
            <translation>删除个人信息…</translation>
        </message>
        <message>
            <source>Export their data…</source>
            <translation>导出其个人数据…</translation>
        </message>
        <message>
            <source>Tickets (double-click to open)</source>
            <translation>工单（双击打开）</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>删除个人信息</translation>
        </message>
        <message>
            <source>Erase the name, phone and email of {name}? The repair records stay, anonymous. This cannot be undone.</source>
            <translation>删除 {name} 的姓名、电话和邮箱？维修记录将以匿名方式保留。此操作无法撤销。</translation>
        </message>
        <message>
            <source>Export their data</source>
            <translation>导出其个人数据</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>Saved: {file}</source>
            <translation>已保存：{file}</translation>
        </message>
    </context>
    <context>
        <name>DeviceHistoryPage</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Warranty until</source>
            <translation>保修至</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>IMEI or serial number</source>
            <translation>IMEI 或序列号</translation>
        </message>
        <message>
            <source>Show history</source>
            <translation>查看记录</translation>
        </message>
        <message>
            <source>Take in this device</source>
            <translation>受理此设备</translation>
        </message>
        <message>
            <source>Under our repair warranty until {date} ({ticket})</source>
            <translation>维修保修期至 {date}（{ticket}）</translation>
        </message>
        <message>
            <source>Open ticket: {ticket}</source>
            <translation>未完成工单：{ticket}</translation>
        </message>
        <message>
            <source>Exchanged for the device with IMEI {imei}</source>
            <translation>已换为IMEI为 {imei} 的设备</translation>
        </message>
    </context>
    <context>
        <name>DiscontinueDialog</name>
        <message>
            <source>Discontinue {sku}</source>
            <translation>停产 {sku}</translation>
        </message>
        <message>
            <source>{name} ({category}): its model is no longer made. The part stays in stock until the day below; supplier returns may not take it below its low level.</source>
            <translation>{name}（{category}）：对应机型已停产。此配件保留库存至下方日期；退回供应商时不得低于其低库存水平。</translation>
        </message>
        <message>
            <source>no category</source>
            <translation>无类别</translation>
        </message>
        <message>
            <source>By the part's &amp;category</source>
            <translation>按配件类别(&amp;C)</translation>
        </message>
        <message>
            <source>Keep years</source>
            <translation>保留年数</translation>
        </message>
        <message>
            <source>&amp;Discontinue</source>
            <translation>停产(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Keep for (years)</source>
            <translation>保留年数(&amp;K)</translation>
        </message>
        <message numerus="yes">
            <source>Electronic part: kept %n year(s)</source>
            <translation>
                <numerusform>电子配件：保留 %n 年</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept until the longest warranty the shop gives ends</source>
            <translation>保留至本店最长保修期结束</translation>
        </message>
    </context>
    <context>
        <name>DoneDialog</name>
        <message>
            <source>Appointment {id} done</source>
            <translation>预约 {id} 完成</translation>
        </message>
        <message>
            <source>SKU x quantity, separated by commas</source>
            <translation>SKU x 数量，用逗号分隔</translation>
        </message>
        <message>
            <source>Could not fix it on site (the job goes on on its ticket)</source>
            <translation>上门未能修好（维修在工单上继续）</translation>
        </message>
        <message>
            <source>(none: warranty applies if covered)</source>
            <translation>（无：在保修范围内即免费）</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>所做工作</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>备件使用</translation>
        </message>
        <message>
            <source>Paid on site</source>
            <translation>现场付款</translation>
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
            <translation>签字人</translation>
        </message>
    </context>
    <context>
        <name>FaultyDisposalDialog</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>回收时间</translation>
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
            <translation>数量</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Faulty parts awaiting disposal</source>
            <translation>待处置的故障件</translation>
        </message>
        <message>
            <source>e.g. the supplier's RMA number</source>
            <translation>例如供应商的退货授权号（RMA）</translation>
        </message>
        <message>
            <source>No recovered faulty part awaits disposal</source>
            <translation>没有待处置的回收故障件</translation>
        </message>
        <message>
            <source>Dispose of the selected part</source>
            <translation>处置所选故障件</translation>
        </message>
        <message>
            <source>How</source>
            <translation>处置方式</translation>
        </message>
        <message>
            <source>Select a part in the list first</source>
            <translation>请先在列表中选择一个故障件</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>导入预览</translation>
        </message>
        <message numerus="yes">
            <source>Nothing will be imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>不会导入任何数据：%n 行有错误。</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>第 {row} 行：{message}</translation>
        </message>
        <message>
            <source>New parts: {n}</source>
            <translation>新增备件：{n}</translation>
        </message>
        <message>
            <source>Changed parts: {n}</source>
            <translation>修改的备件：{n}</translation>
        </message>
        <message>
            <source>Stock counts to adjust: {n}</source>
            <translation>需调整的库存数：{n}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Past repairs</source>
            <translation>历史维修记录</translation>
        </message>
        <message>
            <source>Import records</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <source>.xlsx or .csv (UTF-8 or GB18030)</source>
            <translation>.xlsx 或 .csv（UTF-8 或 GB18030）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Optional: Column=field, …</source>
            <translation>可选：列名=字段, …</translation>
        </message>
        <message>
            <source>Save a template…</source>
            <translation>保存模板…</translation>
        </message>
        <message>
            <source>The file holds</source>
            <translation>文件内容</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Column names</source>
            <translation>列名对应</translation>
        </message>
        <message>
            <source>Check the file</source>
            <translation>检查文件</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Records (*.xlsx *.csv *.txt)</source>
            <translation>记录文件 (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>Template saved: {file}</source>
            <translation>模板已保存：{file}</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Ready to import</source>
            <translation>可以导入</translation>
        </message>
        <message numerus="yes">
            <source>%n bad row(s) (highlighted): fix them and check again. Nothing was imported.</source>
            <translation>
                <numerusform>%n 行有误（已标出）：请改正后重新检查。未导入任何内容。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{heading}: %n row(s); customers {new_customers} new, {old_customers} matched; devices {new_devices} new, {old_devices} matched; past repairs: {tickets}, comebacks: {comebacks}</source>
            <translation>
                <numerusform>{heading}：共 %n 行；客户新增 {new_customers}，已有 {old_customers}；设备新增 {new_devices}，已有 {old_devices}；历史维修 {tickets} 单，返修 {comebacks} 单</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
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
            <translation>15位：拨号 *#06# 查看</translation>
        </message>
        <message>
            <source>for devices without an IMEI</source>
            <translation>用于没有IMEI的设备</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收机外观检查</translation>
        </message>
        <message>
            <source>case, SIM tray, charger…</source>
            <translation>手机壳、卡托、充电器…</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>invoice or receipt number</source>
            <translation>发票或收据号码</translation>
        </message>
        <message>
            <source>price paid (returns)</source>
            <translation>购买价格（退货用）</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>生产日期</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>IMEI</source>
            <translation>IMEI</translation>
        </message>
        <message>
            <source>Second IMEI</source>
            <translation>第二个IMEI</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>型号</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>随机附件</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>锁屏密码</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>购买信息</translation>
        </message>
        <message>
            <source>Warranty for</source>
            <translation>保修项目</translation>
        </message>
        <message>
            <source>This device's repair history</source>
            <translation>此设备的维修记录</translation>
        </message>
        <message>
            <source>Save intake  (Ctrl+S)</source>
            <translation>保存受理  (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>打印标签</translation>
        </message>
        <message>
            <source>New intake</source>
            <translation>新建受理</translation>
        </message>
        <message>
            <source>Save the intake</source>
            <translation>保存受理</translation>
        </message>
        <message>
            <source>Returning customer: {name}</source>
            <translation>老客户：{name}</translation>
        </message>
        <message>
            <source>New device: not seen before.</source>
            <translation>新设备：以前没有维修记录。</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Comeback of {ticket}.</source>
            <translation>{ticket} 的返修。</translation>
        </message>
        <message>
            <source>Still open: {ticket}</source>
            <translation>仍在维修：{ticket}</translation>
        </message>
        <message numerus="yes">
            <source>{brand} {model} · %n earlier ticket(s)</source>
            <translation>
                <numerusform>{brand} {model} · 以前的工单 %n 张</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Ticket number:</source>
            <translation>已保存。工单号：</translation>
        </message>
    </context>
    <context>
        <name>JobBoard</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Open the highlighted ticket</source>
            <translation>打开选中的工单</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s)</source>
            <translation>
                <numerusform>工单 %n 张</numerusform>
            </translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Search ticket, customer, model, fault…</source>
            <translation>搜索工单、客户、机型、故障…</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>全部在修</translation>
        </message>
        <message>
            <source>All technicians</source>
            <translation>全部技术员</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未指派</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>全部服务类型</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅超时</translation>
        </message>
    </context>
    <context>
        <name>LabelCalibrationDialog</name>
        <message>
            <source>Label printer calibration</source>
            <translation>标签打印机校准</translation>
        </message>
        <message>
            <source>Label size (mm)</source>
            <translation>标签尺寸（毫米）</translation>
        </message>
        <message>
            <source>Printer resolution (dpi)</source>
            <translation>打印机分辨率（dpi）</translation>
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
            <translation>不可打印边距（毫米）</translation>
        </message>
        <message>
            <source>Print calibration page</source>
            <translation>打印校准页</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为PDF</translation>
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
            <translation>维修看板</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Device history</source>
            <translation>设备记录</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>After-care</source>
            <translation>售后回访</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <source>Signed in: {user} ({role})</source>
            <translation>当前用户：{user}（{role}）</translation>
        </message>
        <message>
            <source>Store: {code} {name}</source>
            <translation>门店：{code} {name}</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>门店(&amp;S)</translation>
        </message>
        <message>
            <source>Opening the shop…</source>
            <translation>正在打开店铺…</translation>
        </message>
        <message>
            <source>Search: ticket number, IMEI, phone tail or name</source>
            <translation>搜索：工单号、IMEI、手机尾号或姓名</translation>
        </message>
        <message>
            <source>Show the page: {page}</source>
            <translation>打开页面：{page}</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>搜索…</translation>
        </message>
        <message>
            <source>Devices waiting to be collected…</source>
            <translation>待取机设备…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Import records…</source>
            <translation>导入记录…</translation>
        </message>
        <message>
            <source>This PC's store…</source>
            <translation>本机所属门店…</translation>
        </message>
        <message>
            <source>Till…</source>
            <translation>钱箱…</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>切换用户…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>About Service Counter…</source>
            <translation>关于维修服务台…</translation>
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
            <translation>正在查找 {text}…</translation>
        </message>
        <message>
            <source>No ticket {ticket}</source>
            <translation>没有工单 {ticket}</translation>
        </message>
        <message>
            <source>Scanned {text}: nothing found</source>
            <translation>已扫描 {text}：未找到</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Ticket number, IMEI, phone tail or name:</source>
            <translation>工单号、IMEI、电话尾号或姓名：</translation>
        </message>
        <message>
            <source>Nothing found for {text}</source>
            <translation>没有找到 {text}</translation>
        </message>
        <message>
            <source>This PC's store</source>
            <translation>本机所属门店</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>门店</translation>
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
            <translation>上次保养</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>IMEI / serial</source>
            <translation>IMEI / 序列号</translation>
        </message>
        <message>
            <source>Last job</source>
            <translation>上次工单</translation>
        </message>
    </context>
    <context>
        <name>MaintenanceDuePanel</name>
        <message>
            <source>Devices due for maintenance</source>
            <translation>到期保养的设备</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>复制消息(&amp;C)</translation>
        </message>
        <message>
            <source>S&amp;end</source>
            <translation>发送(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s) due for maintenance</source>
            <translation>
                <numerusform>%n 台设备到期保养</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a device in the list first.</source>
            <translation>请先在列表中选择设备。</translation>
        </message>
        <message>
            <source>Message copied</source>
            <translation>消息已复制</translation>
        </message>
        <message>
            <source>Message sent</source>
            <translation>消息已发送</translation>
        </message>
        <message>
            <source>The sender failed: {detail}</source>
            <translation>发送程序失败：{detail}</translation>
        </message>
    </context>
    <context>
        <name>PartClaims</name>
        <message>
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Sent to the supplier</source>
            <translation>已寄供应商</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>已入账</translation>
        </message>
        <message>
            <source>Ma&amp;rk sent</source>
            <translation>标记已寄出(&amp;R)</translation>
        </message>
        <message>
            <source>Acc&amp;epted</source>
            <translation>标记已受理(&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;jected</source>
            <translation>标记已拒绝(&amp;J)</translation>
        </message>
        <message>
            <source>Cre&amp;dited</source>
            <translation>标记已入账(&amp;D)</translation>
        </message>
        <message>
            <source>Discontinued</source>
            <translation>停产</translation>
        </message>
        <message>
            <source>Discontinued, kept until {day}</source>
            <translation>停产，保留库存至 {day}</translation>
        </message>
        <message>
            <source>Discontinued, kept until {day} (ended)</source>
            <translation>停产，保留库存至 {day}（已到期）</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
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
            <translation>工单</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>提出时间</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
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
            <translation>名称</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>适用机型</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Low level</source>
            <translation>警戒线</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Discontinued</source>
            <translation>停产</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>SKU, barcode, name or model</source>
            <translation>SKU、条码、名称或机型</translation>
        </message>
        <message>
            <source>Low stock only</source>
            <translation>仅显示低库存</translation>
        </message>
        <message>
            <source>Receive…</source>
            <translation>入库…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出到Excel…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从Excel导入…</translation>
        </message>
        <message>
            <source>Faulty part recovered…</source>
            <translation>回收故障件…</translation>
        </message>
        <message>
            <source>Return to supplier…</source>
            <translation>退回供应商…</translation>
        </message>
        <message>
            <source>Faulty parts to dispose of…</source>
            <translation>待处置故障件…</translation>
        </message>
        <message>
            <source>Discontinue…</source>
            <translation>停产…</translation>
        </message>
        <message>
            <source>Receive parts (Ctrl+R)</source>
            <translation>备件入库（Ctrl+R）</translation>
        </message>
        <message>
            <source>Movements of the selected part</source>
            <translation>所选备件的出入库记录</translation>
        </message>
        <message>
            <source>Stoc&amp;k</source>
            <translation>库存(&amp;K)</translation>
        </message>
        <message>
            <source>C&amp;laims</source>
            <translation>索赔(&amp;L)</translation>
        </message>
        <message>
            <source>Stock at cost: {value}</source>
            <translation>库存成本：{value}</translation>
        </message>
        <message>
            <source>Choose a part in the list first.</source>
            <translation>请先在列表中选择配件。</translation>
        </message>
        <message>
            <source>{sku} discontinued: kept in stock until {day}, at least {n}</source>
            <translation>{sku} 已停产：保留库存至 {day}，至少 {n} 件</translation>
        </message>
        <message>
            <source>Export parts</source>
            <translation>导出备件</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting parts…</source>
            <translation>正在导出备件…</translation>
        </message>
        <message numerus="yes">
            <source>%n part(s) written to {path}</source>
            <translation>
                <numerusform>已将 %n 个备件写入 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Import parts</source>
            <translation>导入备件</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
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
            <translation>退回供应商</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
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
            <translation>备件入库</translation>
        </message>
        <message>
            <source>Scan or type the SKU / barcode</source>
            <translation>扫描或输入SKU／条码</translation>
        </message>
        <message>
            <source>unit cost (optional)</source>
            <translation>单位成本（可选）</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>{sku}: {n} on hand</source>
            <translation>{sku}：库存 {n}</translation>
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
            <translation>净额</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工单</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>周转时间中位数（小时）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均周转时间（小时）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投诉</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>On-site visits</source>
            <translation>上门服务次数</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时率</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Business day</source>
            <translation>营业日</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存PDF…</translation>
        </message>
        <message>
            <source>Save Excel…</source>
            <translation>保存Excel…</translation>
        </message>
        <message>
            <source>Overdue tickets</source>
            <translation>超时工单</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>By completion date. Follow-ups made; satisfaction (1-5) and satisfied answers about their jobs; complaints about their jobs and against them; complaints they were responsible for that went overdue.</source>
            <translation>按完成日期统计。完成的回访数；其工单的满意度（1-5）与满意率；其工单的投诉及针对本人的投诉；由其负责但已逾期的投诉。</translation>
        </message>
        <message>
            <source>Daily close</source>
            <translation>日结</translation>
        </message>
        <message>
            <source>Monthly assessment</source>
            <translation>月度考核</translation>
        </message>
        <message>
            <source>Preparing the daily report…</source>
            <translation>正在生成日报…</translation>
        </message>
        <message>
            <source>Received {received} · diagnosed {diagnosed} · completed {completed} · collected {collected} · cancelled {cancelled} · net takings {net} · comebacks {comebacks} · parts used {parts} ({cost} at cost)</source>
            <translation>受理 {received} · 检测 {diagnosed} · 完成 {completed} · 取机 {collected} · 取消 {cancelled} · 净收款 {net} · 返修 {comebacks} · 用料 {parts}（成本 {cost}）</translation>
        </message>
        <message>
            <source>Loaner phones: {lent} lent, {back} given back, {out} still out ({deposits} in deposits) · cash taken with no till open {cash}</source>
            <translation>备用机：借出 {lent} 台，归还 {back} 台，未归还 {out} 台（押金 {deposits}）· 未开钱箱收取的现金 {cash}</translation>
        </message>
        <message>
            <source>Preparing the monthly report…</source>
            <translation>正在生成月报…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>No printer is installed on this computer. Use Save PDF, or add a printer in the system settings.</source>
            <translation>本机未安装打印机。请使用“保存PDF”，或在系统设置中添加打印机。</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>保存报表</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <source>Reschedule appointment {id}</source>
            <translation>改约预约 {id}</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>新时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>After {day}, the day the visit is due by</source>
            <translation>晚于应上门日期 {day}</translation>
        </message>
    </context>
    <context>
        <name>SchedulePage</name>
        <message>
            <source>late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <source>No engineer</source>
            <translation>未指派工程师</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Device and fault</source>
            <translation>设备与故障</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>最迟上门日</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
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
            <translation>全部工程师</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>预约…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Reschedule…</source>
            <translation>改约…</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>Done…</source>
            <translation>完成…</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽约</translation>
        </message>
        <message>
            <source>Cancel…</source>
            <translation>取消…</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>日程单</translation>
        </message>
        <message>
            <source>Day sheet PDF…</source>
            <translation>日程单 PDF…</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n 个预约</numerusform>
            </translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>Cancel appointment</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>Reason for cancelling:</source>
            <translation>取消原因：</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>Set a password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>Your manager account has no password: anyone at this PC can sign in as you. Set one now.</source>
            <translation>您的店长账号没有密码：任何人都能在这台电脑上以您的身份登录。请现在设置密码。</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再输入一次</translation>
        </message>
        <message>
            <source>The two passwords differ</source>
            <translation>两次输入的密码不一致</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Shop settings</source>
            <translation>门店设置</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Changes apply to every counter; the language at the next start.</source>
            <translation>设置对所有柜台生效；语言在下次启动时生效。</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>No password on this manager account: set one…</source>
            <translation>此经理账号没有密码：请设置…</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>TicketPage</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
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
            <translation>经办人</translation>
        </message>
        <message>
            <source>Show full number</source>
            <translation>显示完整号码</translation>
        </message>
        <message>
            <source>For calling the customer; copied to the clipboard</source>
            <translation>用于联系客户；已复制到剪贴板</translation>
        </message>
        <message>
            <source>Device history</source>
            <translation>设备记录</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <source>Labour</source>
            <translation>工时费</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Description, or the part's SKU</source>
            <translation>说明，或备件SKU</translation>
        </message>
        <message>
            <source>Price (parts: from stock)</source>
            <translation>单价（备件按库存价）</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Mark part used</source>
            <translation>标记备件已使用</translation>
        </message>
        <message>
            <source>Cash given</source>
            <translation>实收现金</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款记录</translation>
        </message>
        <message>
            <source>Warranty</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>工单信息</translation>
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
            <translation>技术员</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>锁屏密码</translation>
        </message>
        <message>
            <source>Add a note and press Enter</source>
            <translation>输入备注后按回车</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The cause found; press Enter</source>
            <translation>填写检测到的故障原因，按回车保存</translation>
        </message>
        <message>
            <source>Cause found</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>(technicians and the manager)</source>
            <translation>（仅技术员和店长可见）</translation>
        </message>
        <message>
            <source>Cause found: {cause}</source>
            <translation>故障原因：{cause}</translation>
        </message>
        <message>
            <source>{outcome}: {barrier} · fee {fee}</source>
            <translation>{outcome}：{barrier} · 费用 {fee}</translation>
        </message>
        <message>
            <source>Store {store} {name}: read-only here (you do not work there)</source>
            <translation>门店 {store} {name}：在此只读（您不在该门店工作）</translation>
        </message>
        <message>
            <source>Line kind</source>
            <translation>明细类型</translation>
        </message>
        <message>
            <source>Beyond repair…</source>
            <translation>无法维修…</translation>
        </message>
        <message>
            <source>{sku} · {name} · {n} in stock · {price}</source>
            <translation>{sku} · {name} · 库存 {n} · {price}</translation>
        </message>
        <message>
            <source>Change due: {change}</source>
            <translation>应找零：{change}</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>客户确认方式</translation>
        </message>
        <message>
            <source>{service}, priority {priority} · received {received} · promised {promised}</source>
            <translation>{service}，优先级 {priority} · 收机 {received} · 预计完成 {promised}</translation>
        </message>
        <message>
            <source>Fault: {fault}</source>
            <translation>故障：{fault}</translation>
        </message>
        <message>
            <source>Condition on intake: {condition} · Accessories left: {items}</source>
            <translation>收机外观：{condition} · 随机附件：{items}</translation>
        </message>
        <message>
            <source>Warranty: {decision} {reason}</source>
            <translation>保修：{decision} {reason}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Comeback of {ticket}</source>
            <translation>返修，原工单 {ticket}</translation>
        </message>
        <message>
            <source>Waiting for part: {part}</source>
            <translation>等待备件：{part}</translation>
        </message>
        <message>
            <source>Total {total} · paid {paid} · balance {balance}</source>
            <translation>合计 {total} · 已付 {paid} · 未付 {balance}</translation>
        </message>
        <message>
            <source>Balance due: {balance}</source>
            <translation>未付余额：{balance}</translation>
        </message>
        <message>
            <source>Customer approves</source>
            <translation>客户同意</translation>
        </message>
        <message>
            <source>Customer declines</source>
            <translation>客户拒绝</translation>
        </message>
        <message>
            <source>The page now shows the latest.</source>
            <translation>页面已显示最新内容。</translation>
        </message>
    </context>
    <context>
        <name>TillDialog</name>
        <message>
            <source>Till</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <source>Reading the till…</source>
            <translation>正在读取钱箱…</translation>
        </message>
        <message>
            <source>Open the till</source>
            <translation>开钱箱</translation>
        </message>
        <message>
            <source>Pay out</source>
            <translation>支出零用现金</translation>
        </message>
        <message>
            <source>Close the till</source>
            <translation>结算关闭钱箱</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>开箱</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>备用金</translation>
        </message>
        <message>
            <source>Petty cash and closing</source>
            <translation>零用现金与结算</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>No till is open on this PC.</source>
            <translation>本机未开钱箱。</translation>
        </message>
        <message>
            <source>Float {float}, cash taken {taken}, refunded {refunded}, paid out {out}: expected {expected}</source>
            <translation>备用金 {float}，收现金 {taken}，退款 {refunded}，支出 {out}：应有 {expected}</translation>
        </message>
        <message>
            <source>Counted {counted}: variance {variance}</source>
            <translation>实点 {counted}：差额 {variance}</translation>
        </message>
        <message>
            <source>Beyond the shop's limit: flagged for the manager.</source>
            <translation>超出本店限额：已提示负责人。</translation>
        </message>
    </context>
    <context>
        <name>TillOffer</name>
        <message>
            <source>Till</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <source>No till is open on {station}.</source>
            <translation>{station} 上没有打开的钱箱。</translation>
        </message>
        <message>
            <source>This shop takes cash only into an open till: open it with the float first.</source>
            <translation>本店现金只能收入已打开的钱箱：请先放入备用金打开钱箱。</translation>
        </message>
        <message>
            <source>Open it now with the float, so this cash is counted at the close? Cash taken without a till shows on the daily report as such.</source>
            <translation>现在放入备用金打开钱箱，以便交班时清点这笔现金？不经钱箱收取的现金会在日报中单独列出。</translation>
        </message>
        <message>
            <source>&amp;Open the till…</source>
            <translation>开钱箱(&amp;O)…</translation>
        </message>
        <message>
            <source>Take cash &amp;without a till</source>
            <translation>不经钱箱收现金(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>TodayAppointments</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message numerus="yes">
            <source>%n appointment(s) today</source>
            <translation>
                <numerusform>今日预约 %n 个</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UncollectedDialog</name>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Ready since</source>
            <translation>修好日期</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>通知次数</translation>
        </message>
        <message>
            <source>Disposal from</source>
            <translation>可处理日期</translation>
        </message>
        <message>
            <source>Devices waiting to be collected</source>
            <translation>待取机设备</translation>
        </message>
        <message>
            <source>Highlighted: a notice is due, or the device may be disposed of</source>
            <translation>高亮：应发送取机通知，或设备已可处理</translation>
        </message>
    </context>
    <context>
        <name>WarrantyPanel</name>
        <message>
            <source>Technician's finding</source>
            <translation>技术员检测结论</translation>
        </message>
        <message>
            <source>Free (covered)</source>
            <translation>免费（保修范围内）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Same fault as the earlier repair</source>
            <translation>与上次维修为同一故障</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>检测发现</translation>
        </message>
        <message>
            <source>Record finding</source>
            <translation>记录结论</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Not covered because</source>
            <translation>不保修原因</translation>
        </message>
        <message>
            <source>Applies to</source>
            <translation>适用于</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Return or exchange</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>换货</translation>
        </message>
        <message>
            <source>Repair under warranty</source>
            <translation>保修维修</translation>
        </message>
        <message>
            <source>No fault found: return as is</source>
            <translation>未发现故障：原样退还</translation>
        </message>
        <message>
            <source>the new device's IMEI</source>
            <translation>新机的IMEI</translation>
        </message>
        <message>
            <source>Settle return</source>
            <translation>办理退换</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Refund amount</source>
            <translation>退款金额</translation>
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
            <translation>承诺时间</translation>
        </message>
        <message>
            <source>Why it changes</source>
            <translation>变更原因</translation>
        </message>
        <message>
            <source>Change promise</source>
            <translation>变更承诺时间</translation>
        </message>
        <message>
            <source>New time</source>
            <translation>新时间</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Finding: {exclusion}</source>
            <translation>检测结论：{exclusion}</translation>
        </message>
        <message>
            <source>The whole job</source>
            <translation>整个工单</translation>
        </message>
        <message>
            <source>No purchase date: no refund or exchange; repair or no fault found</source>
            <translation>无购买日期：不能退款或换货；可保修维修或按无故障退还</translation>
        </message>
        <message>
            <source>Bought {bought}: refund until {refund}, exchange until {exchange}</source>
            <translation>购买日期 {bought}：{refund} 前可退货，{exchange} 前可换货</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>The daily backup could not be written: {detail}</source>
            <translation>无法写入每日备份：{detail}</translation>
        </message>
        <message>
            <source>There is no shop database at {path}. Create a new, empty shop there?</source>
            <translation>{path} 没有门店数据库。要在那里新建一个空白门店吗？</translation>
        </message>
        <message>
            <source>The details are in the log file:
{path}</source>
            <translation>详细信息已记录在日志文件中：
{path}</translation>
        </message>
    </context>
    <context>
        <name>appointments</name>
        <message>
            <source>On-site visit</source>
            <translation>上门服务</translation>
        </message>
        <message>
            <source>Drop-off</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已预约</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>爽约</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Slot</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Engineer</source>
            <translation>工程师</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>最迟上门日</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>所做工作</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Paid on site</source>
            <translation>现场付款</translation>
        </message>
        <message>
            <source>Service sheet</source>
            <translation>服务单</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>客户签名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Engineer's signature</source>
            <translation>工程师签名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>打印时间</translation>
        </message>
        <message>
            <source>Day sheet</source>
            <translation>日程单</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Device and fault</source>
            <translation>设备与故障</translation>
        </message>
        <message>
            <source>Arrived / left</source>
            <translation>到达 / 离开</translation>
        </message>
        <message>
            <source>No appointments</source>
            <translation>没有预约</translation>
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
            <translation>检测费</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Warranty repair</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Return / exchange</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>屏幕</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后盖</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>边框</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Charging port</source>
            <translation>充电口</translation>
        </message>
        <message>
            <source>Water indicator</source>
            <translation>进水标签</translation>
        </message>
        <message>
            <source>Powers on</source>
            <translation>能否开机</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>打印时间</translation>
        </message>
        <message>
            <source>S/N</source>
            <translation>序列号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>识别号</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务类型</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收机时间</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Our repair</source>
            <translation>本店维修</translation>
        </message>
        <message>
            <source>not covered</source>
            <translation>不在保修范围</translation>
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
            <translation>实收金额</translation>
        </message>
        <message>
            <source>Care instructions</source>
            <translation>使用与保养须知</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>交付人</translation>
        </message>
        <message>
            <source>Collected by (customer signature)</source>
            <translation>取机确认（客户签名）</translation>
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
            <translation>预估费用</translation>
        </message>
        <message>
            <source>Intake slip</source>
            <translation>受理单</translation>
        </message>
        <message>
            <source>Fault reported</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>Condition on intake</source>
            <translation>收机外观检查</translation>
        </message>
        <message>
            <source>Accessories left</source>
            <translation>随机附件</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>客户签名</translation>
        </message>
        <message>
            <source>Awaiting your consent</source>
            <translation>待您确认</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>报价单</translation>
        </message>
        <message>
            <source>Payments received</source>
            <translation>已收款项</translation>
        </message>
        <message>
            <source>This quote is valid until {date}.</source>
            <translation>本报价有效期至 {date}。</translation>
        </message>
        <message>
            <source>I agree to the repair and the price above.</source>
            <translation>本人同意上述维修及价格。</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Cause found</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Supplementary quote</source>
            <translation>补充报价</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已付</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>未付余额</translation>
        </message>
        <message>
            <source>Value of the work</source>
            <translation>维修价值</translation>
        </message>
        <message>
            <source>This quote is valid until</source>
            <translation>本报价有效期至</translation>
        </message>
        <message>
            <source>I agree to the repair and the price above</source>
            <translation>本人同意上述维修方案及价格</translation>
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
            <translation>维修保修期至（预计）</translation>
        </message>
        <message>
            <source>Repair warranty until</source>
            <translation>维修保修期至</translation>
        </message>
        <message>
            <source>No repair warranty: no repair was carried out</source>
            <translation>未进行维修，无维修保修</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Thank you!</source>
            <translation>谢谢惠顾！</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Give the PDF file: --pdf FILE</source>
            <translation>请指定 PDF 文件：--pdf FILE</translation>
        </message>
        <message>
            <source>Give the ticket number</source>
            <translation>请提供工单号</translation>
        </message>
        <message>
            <source>{path} is not a Service Counter database, or it is damaged; it was left untouched. Restore a backup or choose another file.</source>
            <translation>{path} 不是 Service Counter 数据库或已损坏，文件未作任何改动。请恢复备份或选择其他文件。</translation>
        </message>
        <message>
            <source>The database {where} cannot be read ({detail}); it was left untouched.</source>
            <translation>无法读取数据库 {where}（{detail}），文件未作任何改动。</translation>
        </message>
        <message>
            <source>{where} is another program's database, not Service Counter's; it was left untouched.</source>
            <translation>{where} 是其他程序的数据库，不是 Service Counter 的，文件未作任何改动。</translation>
        </message>
        <message>
            <source>No shop database at {path}; check --db, or create one with init</source>
            <translation>{path} 没有门店数据库；请检查 --db，或用 init 新建</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}); it was left untouched. Restore the latest backup with: counter-app restore FILE</source>
            <translation>{path} 已损坏（{detail}），未做任何改动。请用以下命令恢复最近的备份：counter-app restore 文件</translation>
        </message>
        <message>
            <source>The database {where} was made by a newer version of Service Counter (schema {revision}); update the program to open it.</source>
            <translation>数据库 {where} 由更新版本的 Service Counter 创建（结构版本 {revision}），请升级程序后再打开。</translation>
        </message>
        <message>
            <source>The database {where} needs an upgrade; run init.</source>
            <translation>数据库 {where} 需要升级，请运行 init。</translation>
        </message>
        <message>
            <source>{path} is on a read-only disk or folder: the shop cannot be opened for work there. The file was left untouched; make the disk writable or copy the shop.</source>
            <translation>{path} 位于只读磁盘或文件夹中：无法在此打开店铺进行操作。文件未被改动；请使磁盘可写，或复制店铺数据库。</translation>
        </message>
        <message>
            <source>The shared database {where} is at an earlier schema ({revision}) than this program, Service Counter {version}, and was left as it is. Run the version the other counters run, or have a manager upgrade it for every counter, after a backup, with: counter-app upgrade</source>
            <translation>共享数据库 {where} 的结构版本（{revision}）低于本程序维修服务台 {version}，未作任何改动。请使用其他柜台正在使用的版本，或由经理在备份后为所有柜台升级：counter-app upgrade</translation>
        </message>
        <message>
            <source>The database {where} was upgraded by a newer version of Service Counter (schema {revision}): install Service Counter {version} or newer on this PC to open it.</source>
            <translation>数据库 {where} 已被更新版本的维修服务台升级（结构 {revision}）：请在本机安装维修服务台 {version} 或更新版本后再打开。</translation>
        </message>
        <message>
            <source>Changed at the same time by another counter; nothing was saved.</source>
            <translation>另一个柜台同时修改了此记录；未保存任何内容。</translation>
        </message>
        <message>
            <source>The database is busy: another counter is writing and did not finish within 30 seconds. Nothing was saved; try again in a moment.</source>
            <translation>数据库忙：另一个柜台正在写入，30秒内未完成。未保存任何内容，请稍后重试。</translation>
        </message>
        <message>
            <source>The database is on a read-only disk or folder; nothing was saved.</source>
            <translation>数据库位于只读磁盘或文件夹中；未保存任何内容。</translation>
        </message>
        <message>
            <source>The database is damaged; nothing was saved. Restore the latest backup with: counter-app restore FILE</source>
            <translation>数据库已损坏，未保存任何内容。请用以下命令恢复最近的备份：counter-app restore 文件</translation>
        </message>
        <message>
            <source>The database cannot be reached; nothing was saved (details in the log).</source>
            <translation>无法连接数据库，未保存任何内容（详情见日志）。</translation>
        </message>
        <message>
            <source>The database refused the change; nothing was saved (details in the log).</source>
            <translation>数据库拒绝了此修改，未保存任何内容（详情见日志）。</translation>
        </message>
        <message>
            <source>No file {path}</source>
            <translation>没有文件 {path}</translation>
        </message>
        <message>
            <source>{name} is an old .xls workbook: open it in Excel and save as .xlsx</source>
            <translation>{name} 是旧版 .xls 工作簿，请在 Excel 中打开并另存为 .xlsx</translation>
        </message>
        <message>
            <source>{name} is not an Excel .xlsx workbook (a .csv renamed, or a damaged file)</source>
            <translation>{name} 不是 Excel .xlsx 工作簿（可能是改名的 .csv 或已损坏的文件）</translation>
        </message>
        <message>
            <source>{name} unpacks to {size} MB; an import reads at most {limit} MB</source>
            <translation>{name} 解压后为 {size} MB；导入最多读取 {limit} MB</translation>
        </message>
        <message>
            <source>{name} has more than {limit} rows; an import reads at most {limit} rows (split the file)</source>
            <translation>{name} 超过 {limit} 行；导入最多读取 {limit} 行（请拆分文件）</translation>
        </message>
        <message>
            <source>{name}: the sheet is damaged at row {row} ({detail})</source>
            <translation>{name}：工作表在第 {row} 行损坏（{detail}）</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} 是空文件</translation>
        </message>
        <message>
            <source>Unknown columns: {names}; use the exported Parts sheet</source>
            <translation>未知列：{names}；请使用导出的备件表作为模板</translation>
        </message>
        <message>
            <source>The {column} column is missing</source>
            <translation>缺少 {column} 列</translation>
        </message>
        <message>
            <source>Discontinued: use yes or no, not '{text}'</source>
            <translation>停产：请填写 yes 或 no，而不是“{text}”</translation>
        </message>
        <message>
            <source>On hand: '{text}' is not a whole number of 0 or more</source>
            <translation>库存：“{text}”不是大于等于0的整数</translation>
        </message>
        <message>
            <source>Amount: required</source>
            <translation>金额：必填</translation>
        </message>
        <message>
            <source>Amount: '{text}' is not a number (use . for decimals, e.g. 1,000.50)</source>
            <translation>金额：“{text}”不是数字（小数点用 .，例如 1,000.50）</translation>
        </message>
        <message>
            <source>Amount: '{text}' is not a number</source>
            <translation>金额：“{text}”不是数字</translation>
        </message>
        <message>
            <source>Amount: cannot be negative</source>
            <translation>金额：不能为负数</translation>
        </message>
        <message>
            <source>Amount: too large (at most {max})</source>
            <translation>金额：数值过大（最多 {max}）</translation>
        </message>
        <message>
            <source>Amount: at most 2 decimal places</source>
            <translation>金额：最多两位小数</translation>
        </message>
        <message>
            <source>Unknown document {kind}; use one of: {allowed}</source>
            <translation>未知单据 {kind}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no payments yet: there is no receipt to print</source>
            <translation>工单 {ticket_no} 尚无付款，没有可打印的收据</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no quote yet</source>
            <translation>工单 {ticket_no} 尚无报价</translation>
        </message>
        <message>
            <source>Paper: use a4 or 80mm</source>
            <translation>纸张：请用 a4 或 80mm</translation>
        </message>
        <message>
            <source>Label size {size}: use 62x29, 57x32 or WxH in mm, width {min_width}–{max_width} and height {min_height}–{max_height}; the smallest that works is {smallest} mm</source>
            <translation>标签尺寸 {size}：请用 62x29、57x32 或 宽x高（毫米），宽 {min_width}–{max_width}、高 {min_height}–{max_height}；最小可用尺寸为 {smallest} 毫米</translation>
        </message>
        <message>
            <source>Printer dpi: {dpis}</source>
            <translation>打印机分辨率：{dpis} dpi</translation>
        </message>
        <message>
            <source>Printable margin: 0 to {max} mm</source>
            <translation>不可打印边距：0 至 {max} 毫米</translation>
        </message>
        <message>
            <source>Offset {value} mm: at most {max} mm either way (move the labels in the printer if it is further off)</source>
            <translation>偏移 {value} 毫米：每个方向最多 {max} 毫米（偏差更大时请在打印机内重新装好标签纸）</translation>
        </message>
        <message>
            <source>Label {size} mm at {dpi} dpi cannot print a scannable barcode and the whole ticket number inside its printable area; the smallest that works is {smallest} mm</source>
            <translation>{size} 毫米标签在 {dpi} dpi 下无法在可打印区域内印出可扫描的条码和完整工单号；可用的最小尺寸为 {smallest} 毫米</translation>
        </message>
        <message>
            <source>Backups here are for SQLite files; back up PostgreSQL with pg_dump</source>
            <translation>此处备份仅适用于SQLite文件；PostgreSQL 请使用 pg_dump 备份</translation>
        </message>
        <message>
            <source>The backup copy is damaged ({detail}) and was deleted: the shop database itself is damaged. Restore the latest good backup with: counter-app restore FILE</source>
            <translation>备份副本已损坏（{detail}），已删除：门店数据库本身已损坏。请用以下命令恢复最近一次完好的备份：counter-app restore 文件</translation>
        </message>
        <message>
            <source>No backup file {path}</source>
            <translation>没有备份文件 {path}</translation>
        </message>
        <message>
            <source>{path} is not a database backup</source>
            <translation>{path} 不是数据库备份</translation>
        </message>
        <message>
            <source>{path} is damaged: {detail}</source>
            <translation>{path} 已损坏：{detail}</translation>
        </message>
        <message>
            <source>{path} is not a Service Counter backup this version can restore</source>
            <translation>{path} 不是本版本可恢复的 Service Counter 备份</translation>
        </message>
        <message>
            <source>The database is open on another counter or program: close it there, then restore. Nothing was changed.</source>
            <translation>数据库正被另一个柜台或程序打开：请先在那里关闭，再恢复。未做任何改动。</translation>
        </message>
        <message>
            <source>{user} ({role}) may not do this; it needs: {roles}</source>
            <translation>{user}（{role}）无权执行此操作，需要：{roles}</translation>
        </message>
        <message>
            <source>No appointment {id}</source>
            <translation>没有预约 {id}</translation>
        </message>
        <message>
            <source>Time {value}: use YYYY-MM-DD HH:MM</source>
            <translation>时间 {value}：请用 YYYY-MM-DD HH:MM 格式</translation>
        </message>
        <message>
            <source>Length: {low} to {high} minutes</source>
            <translation>时长：{low} 至 {high} 分钟</translation>
        </message>
        <message>
            <source>{name} is not a technician</source>
            <translation>{name} 不是技术员</translation>
        </message>
        <message>
            <source>Clashes with appointment {id} ({customer}, {starts}-{ends}) of the same engineer</source>
            <translation>与同一工程师的预约 {id}（{customer}，{starts}-{ends}）时间冲突</translation>
        </message>
        <message>
            <source>Kind {value}: use onsite or dropoff</source>
            <translation>类型 {value}：请用 onsite（上门）或 dropoff（到店）</translation>
        </message>
        <message>
            <source>That slot is in the past; pick a later time</source>
            <translation>该时段已过，请选择之后的时间</translation>
        </message>
        <message>
            <source>An on-site visit needs an engineer</source>
            <translation>上门服务需要指派工程师</translation>
        </message>
        <message>
            <source>No consultation {id}</source>
            <translation>没有咨询记录 {id}</translation>
        </message>
        <message>
            <source>Consultation {id} is already booked as appointment {appointment}</source>
            <translation>咨询 {id} 已预约为预约单 {appointment}</translation>
        </message>
        <message>
            <source>Appointment {id} is {current}: only a booking can be moved</source>
            <translation>预约 {id} 当前为 {current}：只能改约尚未上门的预约</translation>
        </message>
        <message>
            <source>Appointment {id} is {current}: it cannot become {status} (only from {allowed})</source>
            <translation>预约 {id} 当前为 {current}，不能变为 {status}（仅可从 {allowed} 变更）</translation>
        </message>
        <message>
            <source>Appointment {id} has not begun yet: it cannot be a no-show</source>
            <translation>预约 {id} 尚未开始，不能记为爽约</translation>
        </message>
        <message>
            <source>A drop-off is paid and repaired on its ticket, not here</source>
            <translation>到店预约的维修与付款在其工单上办理，不在此处</translation>
        </message>
        <message>
            <source>No ticket {ticket_no}</source>
            <translation>没有工单 {ticket_no}</translation>
        </message>
        <message>
            <source>The device was not fixed on site: record no parts or payment; the job goes on on its ticket</source>
            <translation>设备未能上门修好：不记录配件或收款；维修在工单上继续</translation>
        </message>
        <message>
            <source>The parts used cost {parts}; the amount paid on site must cover them</source>
            <translation>所用配件价格为 {parts}，现场付款须不少于此金额</translation>
        </message>
        <message>
            <source>Record what the customer paid on site</source>
            <translation>请记录客户现场支付的金额</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is closed</source>
            <translation>工单 {ticket_no} 已关闭</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} was changed by someone else; reload it and try again.</source>
            <translation>工单 {ticket_no} 已被他人修改，请重新载入后再试。</translation>
        </message>
        <message>
            <source>{user} does not work at store {store}; its records are read-only here</source>
            <translation>{user} 不在门店 {store} 工作；该门店的记录在此只读</translation>
        </message>
        <message>
            <source>{label}: required</source>
            <translation>{label}：必填</translation>
        </message>
        <message>
            <source>No such customer</source>
            <translation>没有该客户</translation>
        </message>
        <message>
            <source>'{text}' is neither an IMEI nor a serial number</source>
            <translation>“{text}”既不是IMEI也不是序列号</translation>
        </message>
        <message>
            <source>No device with {identifier} has been in before</source>
            <translation>没有 {identifier} 的设备维修记录</translation>
        </message>
        <message>
            <source>--map: '{part}' is not column=field; fields of {kind}: {fields}</source>
            <translation>--map：“{part}”不是“列名=字段”格式；{kind} 的字段有：{fields}</translation>
        </message>
        <message>
            <source>Unknown kind {kind}; use one of: {kinds}</source>
            <translation>未知类型 {kind}；请使用：{kinds}</translation>
        </message>
        <message>
            <source>Unknown columns: {names}; the {kind} columns are: {expected}</source>
            <translation>未知的列：{names}；{kind} 的列应为：{expected}</translation>
        </message>
        <message>
            <source>Columns given twice: {names}</source>
            <translation>列重复：{names}</translation>
        </message>
        <message>
            <source>Missing columns: {names}; the {kind} columns are: {expected}</source>
            <translation>缺少列：{names}；{kind} 的列应为：{expected}</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>送修日期</translation>
        </message>
        <message>
            <source>Collected date</source>
            <translation>取机日期</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a date YYYY-MM-DD</source>
            <translation>{label}：“{text}”不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>{label}: {day} is in the future</source>
            <translation>{label}：{day} 是将来的日期</translation>
        </message>
        <message>
            <source>Payment method: '{text}' is not one of: {allowed}</source>
            <translation>付款方式：“{text}”不在以下之列：{allowed}</translation>
        </message>
        <message>
            <source>{column}: a formula; paste the values (not formulas) and retry</source>
            <translation>{column}：是公式；请粘贴为数值（而非公式）后重试</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written</source>
            <translation>已取消导入；未写入任何内容</translation>
        </message>
        <message>
            <source>Email: not an email address</source>
            <translation>电子邮箱：格式不正确</translation>
        </message>
        <message>
            <source>Enter the IMEI or the serial number</source>
            <translation>请输入IMEI或序列号</translation>
        </message>
        <message>
            <source>Collected on {collected}, before it was received on {received}</source>
            <translation>取机日期 {collected} 早于送修日期 {received}</translation>
        </message>
        <message>
            <source>Phone {phone} repeats line {line} with another name or email ({earlier} / {name})</source>
            <translation>电话 {phone} 与第 {line} 行重复，但姓名或邮箱不同（{earlier} / {name}）</translation>
        </message>
        <message>
            <source>{device} repeats line {line} with another owner, brand or model</source>
            <translation>{device} 与第 {line} 行重复，但机主、品牌或型号不同</translation>
        </message>
        <message>
            <source>No customer with phone {phone}: import the customers first</source>
            <translation>没有电话为 {phone} 的客户：请先导入客户</translation>
        </message>
        <message>
            <source>The second IMEI repeats the first one</source>
            <translation>第二个IMEI与第一个相同</translation>
        </message>
        <message>
            <source>Unknown service type {value}; use one of: {allowed}</source>
            <translation>未知服务类型 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Unknown condition items: {items}</source>
            <translation>未知的外观检查项：{items}</translation>
        </message>
        <message>
            <source>Record the device's condition</source>
            <translation>请记录设备外观状况</translation>
        </message>
        <message>
            <source>Unknown priority {value}; use one of: {allowed}</source>
            <translation>未知优先级 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Promised time: give a time zone</source>
            <translation>承诺时间：需要时区</translation>
        </message>
        <message>
            <source>Promised time: required</source>
            <translation>承诺时间：必填</translation>
        </message>
        <message>
            <source>Production date: cannot be in the future</source>
            <translation>生产日期：不能晚于今天</translation>
        </message>
        <message>
            <source>Purchase date: cannot be in the future</source>
            <translation>购买日期：不能晚于今天</translation>
        </message>
        <message>
            <source>A return or exchange needs the purchase date and the invoice or receipt number</source>
            <translation>退换货需要购买日期和发票或收据号码</translation>
        </message>
        <message>
            <source>Bought on {bought}: the exchange period ended on {until}; take it in as a warranty repair</source>
            <translation>购买日期 {bought}：换货期已于 {until} 结束，请按保修维修受理</translation>
        </message>
        <message>
            <source>Unknown item {value}; use one of: {allowed}</source>
            <translation>未知的保修项目 {value}；可选：{allowed}</translation>
        </message>
        <message>
            <source>No technician {name}</source>
            <translation>没有技术员 {name}</translation>
        </message>
        <message>
            <source>SKU: required</source>
            <translation>SKU：必填</translation>
        </message>
        <message>
            <source>SKU {sku}: letters, digits, . _ / - only, at most 50</source>
            <translation>SKU {sku}：只能包含字母、数字及 . _ / -，最多50个字符</translation>
        </message>
        <message>
            <source>No part {sku}</source>
            <translation>没有备件 {sku}</translation>
        </message>
        <message>
            <source>Only {have} of {sku} in stock; {wanted} needed (stock cannot go negative)</source>
            <translation>{sku} 库存仅 {have} 件，需要 {wanted} 件（库存不能为负）</translation>
        </message>
        <message>
            <source>SKU {sku} exists already</source>
            <translation>SKU {sku} 已存在</translation>
        </message>
        <message>
            <source>Low stock level</source>
            <translation>低库存线</translation>
        </message>
        <message>
            <source>Low stock level: 0 to 1,000,000</source>
            <translation>低库存线：0 到 1,000,000</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Quantity: cannot be zero</source>
            <translation>数量：不能为零</translation>
        </message>
        <message>
            <source>No such quote line</source>
            <translation>没有该报价行</translation>
        </message>
        <message>
            <source>That line is not a part from the inventory</source>
            <translation>该报价行不是库存备件</translation>
        </message>
        <message>
            <source>The customer has not approved this part yet</source>
            <translation>客户尚未同意使用该备件</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: parts are fitted during repair</source>
            <translation>工单 {ticket_no} 状态为 {status}：备件只能在维修过程中使用</translation>
        </message>
        <message>
            <source>This part is already marked as used</source>
            <translation>该备件已标记为已使用</translation>
        </message>
        <message>
            <source>This part was not used on the ticket</source>
            <translation>该备件未在此工单上使用</translation>
        </message>
        <message>
            <source>{sku} is already at store {code}</source>
            <translation>{sku} 已在门店 {code}</translation>
        </message>
        <message>
            <source>Unknown payment method {value}; use one of: {allowed}</source>
            <translation>未知支付方式 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Amount: must be above zero</source>
            <translation>金额：必须大于零</translation>
        </message>
        <message>
            <source>Cash given is less than the amount</source>
            <translation>实收现金少于应付金额</translation>
        </message>
        <message>
            <source>This counter does not take {value}; it takes: {allowed}</source>
            <translation>本柜台不收 {value}；可用：{allowed}</translation>
        </message>
        <message>
            <source>{amount} is more than the balance of {balance} on {ticket_no}</source>
            <translation>{amount} 超过工单 {ticket_no} 的未付余额 {balance}</translation>
        </message>
        <message>
            <source>No payment {payment_id} on {ticket_no}</source>
            <translation>工单 {ticket_no} 没有付款 {payment_id}</translation>
        </message>
        <message>
            <source>At most {refundable} of that payment can be refunded</source>
            <translation>该笔付款最多可退 {refundable}</translation>
        </message>
        <message>
            <source>Unknown line kind {kind}</source>
            <translation>未知的报价行类型 {kind}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: it cannot be quoted</source>
            <translation>工单 {ticket_no} 状态为 {status}，不能报价</translation>
        </message>
        <message>
            <source>The customer has answered this quote already</source>
            <translation>客户已答复此报价</translation>
        </message>
        <message>
            <source>Return the part to stock before removing its line</source>
            <translation>请先将备件退回库存，再删除该报价行</translation>
        </message>
        <message>
            <source>Unknown way of consent {value}; use one of: {allowed}</source>
            <translation>未知的确认方式 {value}，可选：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: no quote awaits an answer</source>
            <translation>工单 {ticket_no} 状态为 {status}，没有待客户确认的报价</translation>
        </message>
        <message>
            <source>There is no quote to answer</source>
            <translation>没有待确认的报价</translation>
        </message>
        <message>
            <source>Warranty decision: free or paid</source>
            <translation>保修判定：免费或收费</translation>
        </message>
        <message>
            <source>Unknown exclusion {value}; use one of: {allowed}</source>
            <translation>未知的保修除外原因 {value}；可选：{allowed}</translation>
        </message>
        <message>
            <source>An excluded repair is paid: record it as paid</source>
            <translation>保修除外的维修须收费：请记为收费</translation>
        </message>
        <message>
            <source>A line is charged for what is not covered: give paid and the exclusion</source>
            <translation>只有不在保修范围的项目才单独收费：请选择收费并注明除外原因</translation>
        </message>
        <message>
            <source>A comeback is free only for the same fault: confirm the same fault or record it as paid</source>
            <translation>返修仅在同一故障时免费：请确认为同一故障，或记为收费</translation>
        </message>
        <message>
            <source>No store {code}</source>
            <translation>没有门店 {code}</translation>
        </message>
        <message>
            <source>Month: give it as YYYY-MM</source>
            <translation>月份：请按 YYYY-MM 格式填写</translation>
        </message>
        <message>
            <source>Unknown setting {key}</source>
            <translation>未知设置项 {key}</translation>
        </message>
        <message>
            <source>{key}: cannot be negative</source>
            <translation>{key}：不能为负数</translation>
        </message>
        <message>
            <source>{key}: at least {min}</source>
            <translation>{key}：至少为 {min}</translation>
        </message>
        <message>
            <source>{key}: at most {max}</source>
            <translation>{key}：最多 {max}</translation>
        </message>
        <message>
            <source>{key}: use yes or no, not '{value}'</source>
            <translation>{key}：请用 yes 或 no，而不是“{value}”</translation>
        </message>
        <message>
            <source>{key}: unknown fields {names}</source>
            <translation>{key}：未知字段 {names}</translation>
        </message>
        <message>
            <source>{key}: days from 0 to 3650</source>
            <translation>{key}：天数须在 0 到 3650 之间</translation>
        </message>
        <message>
            <source>{key}: one line only</source>
            <translation>{key}：只能填一行</translation>
        </message>
        <message>
            <source>Unknown time zone {value}</source>
            <translation>未知时区 {value}</translation>
        </message>
        <message>
            <source>{key}: '{value}' is not one of: {choices}</source>
            <translation>{key}：“{value}”不在可选值中：{choices}</translation>
        </message>
        <message>
            <source>{key}: give region codes such as CN, HK, MO, TW</source>
            <translation>{key}：请填写地区代码，例如 CN, HK, MO, TW</translation>
        </message>
        <message>
            <source>{key}: unknown payment methods {names}; use: {allowed}</source>
            <translation>{key}：未知支付方式 {names}；可用：{allowed}</translation>
        </message>
        <message>
            <source>{key}: offer at least one method</source>
            <translation>{key}：至少提供一种支付方式</translation>
        </message>
        <message>
            <source>{key}: {value} is not a date YYYY-MM-DD</source>
            <translation>{key}：{value} 不是 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>Unknown status {status}; statuses are: {statuses}</source>
            <translation>未知状态 {status}，可选状态：{statuses}</translation>
        </message>
        <message>
            <source>User name: 2 to 50 letters, digits, dots, dashes or underscores</source>
            <translation>用户名：2至50位字母、数字、点、短横线或下划线</translation>
        </message>
        <message>
            <source>Password: {min} to {max} characters</source>
            <translation>密码：{min} 到 {max} 个字符</translation>
        </message>
        <message>
            <source>Unknown role {role}; use one of: {roles}</source>
            <translation>未知角色 {role}，可选：{roles}</translation>
        </message>
        <message>
            <source>User {name} exists already</source>
            <translation>用户 {name} 已存在</translation>
        </message>
        <message>
            <source>Too many wrong passwords: {name} is locked; try again in a minute</source>
            <translation>密码错误次数过多：{name} 已被锁定，请一分钟后再试</translation>
        </message>
        <message>
            <source>Only a manager upgrades the shop's database</source>
            <translation>只有售后经理可以升级门店数据库</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>没有用户 {name}</translation>
        </message>
        <message>
            <source>Wrong user name or password</source>
            <translation>用户名或密码错误</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} cannot go from {current} to {status}; allowed: {allowed}</source>
            <translation>工单 {ticket_no} 不能从 {current} 转到 {status}，允许：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {current}: it is closed</source>
            <translation>工单 {ticket_no} 状态为 {current}，已关闭</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} awaits the customer's answer: record it with approve or decline</source>
            <translation>工单 {ticket_no} 正在等待客户答复，请记录同意或拒绝</translation>
        </message>
        <message>
            <source>Add the quote lines first: there is nothing to approve</source>
            <translation>请先添加报价行：没有可供确认的内容</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has priced work the customer has not approved: send the quote for approval first</source>
            <translation>工单 {ticket_no} 有客户尚未同意的收费项目：请先把报价交客户确认</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} still has {balance} to pay before collection</source>
            <translation>工单 {ticket_no} 还需支付 {balance} 才能取机</translation>
        </message>
        <message>
            <source>Refund the {paid} paid on {ticket_no} before cancelling it</source>
            <translation>取消前请先退还工单 {ticket_no} 已付的 {paid}</translation>
        </message>
        <message>
            <source>{label}: contains a control character ({code})</source>
            <translation>{label}：含有控制字符（{code}）</translation>
        </message>
        <message>
            <source>IMEI: enter the 15-digit IMEI (dial *#06#)</source>
            <translation>IMEI：请输入15位IMEI（拨号 *#06# 查看）</translation>
        </message>
        <message>
            <source>IMEI: only digits are allowed</source>
            <translation>IMEI：只能包含数字</translation>
        </message>
        <message>
            <source>IMEI: 16 digits is an IMEISV (software version); enter the 15-digit IMEI</source>
            <translation>IMEI：16位是IMEISV（软件版本号），请输入15位IMEI</translation>
        </message>
        <message>
            <source>IMEI: must be 15 digits, got {count}</source>
            <translation>IMEI：应为15位，当前为{count}位</translation>
        </message>
        <message>
            <source>IMEI: the check digit is wrong, re-check the number</source>
            <translation>IMEI：校验位不正确，请核对号码</translation>
        </message>
        <message>
            <source>IMEI: {imei} is a placeholder, not a device's IMEI</source>
            <translation>IMEI：{imei} 是占位号码，不是设备的IMEI</translation>
        </message>
        <message>
            <source>Serial number: required</source>
            <translation>序列号：必填</translation>
        </message>
        <message>
            <source>Serial number: 4 to 30 letters and digits</source>
            <translation>序列号：4至30位字母或数字</translation>
        </message>
        <message>
            <source>Phone: required</source>
            <translation>电话：必填</translation>
        </message>
        <message>
            <source>Phone: this is not a phone number</source>
            <translation>电话：这不是电话号码</translation>
        </message>
        <message>
            <source>Phone: '{text}' is not a phone number</source>
            <translation>电话：“{text}”不是电话号码</translation>
        </message>
        <message>
            <source>Phone: '{text}' is not a valid phone number</source>
            <translation>电话：“{text}”不是有效的电话号码</translation>
        </message>
        <message>
            <source>Phone: '{text}' is a number of {region}; this shop takes numbers of {regions} (setting phone_regions)</source>
            <translation>电话：“{text}”是{region}的号码；本店只接受{regions}的号码（设置 phone_regions）</translation>
        </message>
        <message>
            <source>Name: required</source>
            <translation>姓名：必填</translation>
        </message>
        <message>
            <source>Name: at most {max} characters</source>
            <translation>姓名：最多{max}个字符</translation>
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
            <translation>型号</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Accessories</source>
            <translation>随机附件</translation>
        </message>
        <message>
            <source>Passcode</source>
            <translation>锁屏密码</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Proof of purchase</source>
            <translation>购机凭证</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>外观状况</translation>
        </message>
        <message>
            <source>Part name</source>
            <translation>备件名称</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Compatible models</source>
            <translation>适用机型</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>Bin</source>
            <translation>库位</translation>
        </message>
        <message>
            <source>{label}: at most {max} characters</source>
            <translation>{label}：最多{max}个字符</translation>
        </message>
        <message>
            <source>Quantity: must be at least 1</source>
            <translation>数量：至少为1</translation>
        </message>
        <message>
            <source>Quantity: too large (at most {max})</source>
            <translation>数量：过大（最多 {max}）</translation>
        </message>
        <message>
            <source>{label}: '{text}' is not a whole number</source>
            <translation>{label}：“{text}”不是整数</translation>
        </message>
        <message>
            <source>{label}: the number is too large</source>
            <translation>{label}：数字过大</translation>
        </message>
        <message>
            <source>Give the appointment number</source>
            <translation>请输入预约编号</translation>
        </message>
        <message>
            <source>Give the engineer</source>
            <translation>请指定工程师</translation>
        </message>
        <message>
            <source>{name} has a password: give it with --password or COUNTER_PASSWORD</source>
            <translation>{name} 设有密码：请用 --password 或 COUNTER_PASSWORD 提供</translation>
        </message>
        <message>
            <source>Give the new password on standard input with --password-stdin, or in COUNTER_NEW_PASSWORD</source>
            <translation>请通过标准输入（--password-stdin）或 COUNTER_NEW_PASSWORD 提供新密码</translation>
        </message>
        <message>
            <source>The two passwords differ</source>
            <translation>两次输入的密码不一致</translation>
        </message>
        <message>
            <source>No customer with phone {phone}</source>
            <translation>没有电话为 {phone} 的客户</translation>
        </message>
        <message>
            <source>Give either FILE or --template, not both</source>
            <translation>请给出文件或 --template，不能同时给出</translation>
        </message>
        <message>
            <source>Give the FILE and --kind customers|devices|repairs (or --template)</source>
            <translation>请给出文件和 --kind customers|devices|repairs（或 --template）</translation>
        </message>
        <message>
            <source>A refund needs --method (how it is paid)</source>
            <translation>退款需要 --method（退款方式）</translation>
        </message>
        <message>
            <source>Promised time: '{text}' is not YYYY-MM-DD HH:MM</source>
            <translation>承诺时间：“{text}”不是 YYYY-MM-DD HH:MM 格式</translation>
        </message>
        <message>
            <source>--tickets: 0 to 2,000,000</source>
            <translation>--tickets：0 到 2,000,000</translation>
        </message>
        <message>
            <source>{name} is password-protected or an old .xls workbook: open it in Excel, remove the password and save as .xlsx</source>
            <translation>{name} 有密码保护或是旧版 .xls 工作簿：请在 Excel 中打开，取消密码并另存为 .xlsx</translation>
        </message>
        <message>
            <source>{name}: line {line} cannot be read ({detail})</source>
            <translation>{name}：第 {line} 行无法读取（{detail}）</translation>
        </message>
        <message>
            <source>{name}: the header row holds a formula</source>
            <translation>{name}：表头行含有公式</translation>
        </message>
        <message>
            <source>{name}: more than {count} rows; split the file</source>
            <translation>{name}：超过 {count} 行；请拆分文件</translation>
        </message>
        <message>
            <source>Unknown complaint class {value}; one of: {choices}</source>
            <translation>未知投诉类别 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Unknown channel {value}; one of: {choices}</source>
            <translation>未知渠道 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Unknown severity {value}; one of: {choices}</source>
            <translation>未知严重程度 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Give the ticket or the customer's phone</source>
            <translation>请填写工单号或客户手机号</translation>
        </message>
        <message>
            <source>No complaint {id}</source>
            <translation>没有投诉 {id}</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only an unresolved one can be assigned</source>
            <translation>投诉 {id} 当前为 {state}，只有未处理的投诉才能指派</translation>
        </message>
        <message>
            <source>Responsible person: required</source>
            <translation>负责人：必填</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; it cannot be resolved again</source>
            <translation>投诉 {id} 当前为 {state}，不能再次处理</translation>
        </message>
        <message>
            <source>Only the responsible person or the manager may resolve it</source>
            <translation>只有负责人或经理可以处理此投诉</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only a resolved complaint can be closed</source>
            <translation>投诉 {id} 当前为 {state}，只有已处理的投诉才能结案</translation>
        </message>
        <message>
            <source>Complaint {id}: tell the customer the result first (reopen it and resolve it with the customer told)</source>
            <translation>投诉 {id}：请先将处理结果通报客户（重新打开后，按“已通知客户”重新记录处理结果）</translation>
        </message>
        <message>
            <source>Complaint {id} is {state}; only a resolved or closed one can be reopened</source>
            <translation>投诉 {id} 当前为 {state}，只有已处理或已结案的投诉才能重新打开</translation>
        </message>
        <message>
            <source>Unknown state {value}; one of: {choices}</source>
            <translation>未知状态 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>Callback: give it as YYYY-MM-DD HH:MM, not {value}</source>
            <translation>回电时间：请按 YYYY-MM-DD HH:MM 填写，而不是 {value}</translation>
        </message>
        <message>
            <source>Callback: the time has already passed</source>
            <translation>回电时间：该时间已过</translation>
        </message>
        <message>
            <source>No phone number on record for {ticket_no}</source>
            <translation>{ticket_no} 没有登记电话号码</translation>
        </message>
        <message>
            <source>Enter a positive number</source>
            <translation>请输入正数</translation>
        </message>
        <message>
            <source>This page of the list is not valid</source>
            <translation>列表的这一页无效</translation>
        </message>
        <message>
            <source>No phone number for this call</source>
            <translation>此回访没有电话号码</translation>
        </message>
        <message>
            <source>No such call</source>
            <translation>没有这条回访</translation>
        </message>
        <message>
            <source>Satisfaction: a score from 1 to 5, not {value}</source>
            <translation>满意度：应为1到5分，而不是 {value}</translation>
        </message>
        <message>
            <source>Unknown feedback class {value}; one of: {choices}</source>
            <translation>未知反馈类别 {value}，可选：{choices}</translation>
        </message>
        <message>
            <source>A call that did not reach the customer has no answer to record</source>
            <translation>未接通的回访不能记录评价</translation>
        </message>
        <message>
            <source>A score of {value} is not satisfied; choose the class that fits</source>
            <translation>评分 {value} 不属于满意，请选择相应的反馈类别</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not collected; no follow-up call is due</source>
            <translation>工单 {ticket_no} 尚未取机，无需回访</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} does not want to be contacted</source>
            <translation>工单 {ticket_no} 的客户不希望被联系</translation>
        </message>
        <message>
            <source>This follow-up call {ticket_no} has already been recorded</source>
            <translation>回访 {ticket_no} 已记录过</translation>
        </message>
        <message>
            <source>This follow-up call {ticket_no} is not due now</source>
            <translation>回访 {ticket_no} 现在还未到期</translation>
        </message>
        <message>
            <source>This follow-up call has already been recorded</source>
            <translation>此回访已记录过</translation>
        </message>
        <message>
            <source>Quantity: {qty} is more than the shop's limit of {max} (max_quantity)</source>
            <translation>数量：{qty} 超过本店上限 {max}（max_quantity）</translation>
        </message>
        <message>
            <source>Amount: {amount} is more than the shop's limit of {max} for one line (max_line_amount)</source>
            <translation>金额：{amount} 超过本店单行上限 {max}（max_line_amount）</translation>
        </message>
        <message>
            <source>Promised time: {at} is in the past</source>
            <translation>承诺时间：{at} 已经过去</translation>
        </message>
        <message>
            <source>Unknown return outcome {value}; use one of: {allowed}</source>
            <translation>未知的退换结果 {value}；可选：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not a return or exchange waiting for an answer</source>
            <translation>工单 {ticket_no} 不是待处理的退换货</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: the return can no longer be settled</source>
            <translation>工单 {ticket_no} 状态为 {status}：已不能办理退换</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no device</source>
            <translation>工单 {ticket_no} 没有设备</translation>
        </message>
        <message>
            <source>A refund needs a manager: ask the manager to sign in and settle {ticket_no}</source>
            <translation>退款须经负责人审批：请负责人登录办理 {ticket_no}</translation>
        </message>
        <message>
            <source>No refund before a technician has inspected {ticket_no} (move it to diagnosing)</source>
            <translation>{ticket_no} 未经技术员检测，不能退款（请先转入检测中）</translation>
        </message>
        <message>
            <source>No refund: the technician recorded {exclusion}; repair or exchange at cost only</source>
            <translation>不予退款：技术员已记录 {exclusion}；只能按成本维修或换货</translation>
        </message>
        <message>
            <source>No refund without the purchase price: record it on the ticket first</source>
            <translation>未记录购买价格，不能退款：请先在工单上登记</translation>
        </message>
        <message>
            <source>A refund cannot be more than the purchase price {price}</source>
            <translation>退款不能高于购买价格 {price}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} has no purchase date: no refund or exchange without proof of purchase; repair or no fault found instead</source>
            <translation>工单 {ticket_no} 没有购买日期：无购买凭证不能退款或换货；请改为保修维修或按无故障退还</translation>
        </message>
        <message>
            <source>No refund: bought on {bought}, the return period ended on {until} (asked on {asked}); exchange or repair instead</source>
            <translation>不能退货：购买日期 {bought}，退货期已于 {until} 结束（申请日期 {asked}）；可换货或维修</translation>
        </message>
        <message>
            <source>No exchange: bought on {bought}, the exchange period ended on {until} (asked on {asked}); repair only</source>
            <translation>不能换货：购买日期 {bought}，换货期已于 {until} 结束（申请日期 {asked}）；只能维修</translation>
        </message>
        <message>
            <source>The new device's IMEI repeats the returned one's</source>
            <translation>新机的IMEI与退回的机器相同</translation>
        </message>
        <message>
            <source>IMEI {imei} belongs to another customer's device</source>
            <translation>IMEI {imei} 属于其他客户的设备</translation>
        </message>
        <message>
            <source>Give either --store or --all, not both</source>
            <translation>请只给出 --store 或 --all 其中之一</translation>
        </message>
        <message>
            <source>A PDF or Excel close is one store's: give --store CODE</source>
            <translation>PDF 或 Excel 日结只针对一家门店：请给出 --store 代码</translation>
        </message>
        <message>
            <source>This shop holds real records: sample data goes only into a new, empty shop; nothing was written</source>
            <translation>本店已有真实记录：示例数据只能写入新的空数据库；未写入任何内容</translation>
        </message>
        <message>
            <source>--stores: 1 to {most}</source>
            <translation>--stores：1 到 {most}</translation>
        </message>
        <message>
            <source>{url} is not a database URL</source>
            <translation>{url} 不是数据库地址</translation>
        </message>
        <message>
            <source>Move a shop to a PostgreSQL URL (postgresql://...)</source>
            <translation>请迁移到 PostgreSQL 地址（postgresql://...）</translation>
        </message>
        <message>
            <source>{url} holds another schema version ({version}); nothing was copied</source>
            <translation>{url} 的数据库结构版本不同（{version}）；未复制任何数据</translation>
        </message>
        <message>
            <source>{url} is not empty ({table}); nothing was copied</source>
            <translation>{url} 不是空数据库（{table}）；未复制任何数据</translation>
        </message>
        <message>
            <source>Cannot reach {url} ({detail}); nothing was copied</source>
            <translation>无法连接 {url}（{detail}）；未复制任何数据</translation>
        </message>
        <message>
            <source>Only a SQLite shop is moved to a server</source>
            <translation>只有 SQLite 门店数据库可以迁移到服务器</translation>
        </message>
        <message>
            <source>The copy of {table} differs ({before} / {after}); nothing was kept</source>
            <translation>{table} 的副本不一致（{before} / {after}）；未保留任何数据</translation>
        </message>
        <message>
            <source>Store code {code}: a letter, then letters or digits, at most 10</source>
            <translation>门店代码 {code}：以字母开头，后接字母或数字，最多 10 个字符</translation>
        </message>
        <message>
            <source>Ticket prefix {prefix}: a letter, then letters or digits, at most 7</source>
            <translation>单号前缀 {prefix}：以字母开头，后接字母或数字，最多 7 个字符</translation>
        </message>
        <message>
            <source>No store {code}; see: counter-app store list</source>
            <translation>没有门店 {code}；请查看：counter-app store list</translation>
        </message>
        <message>
            <source>This shop has several stores: choose one (--store CODE or the settings)</source>
            <translation>本店有多家门店：请选择一家（--store 代码或在设置中选择）</translation>
        </message>
        <message>
            <source>Store {code} exists already</source>
            <translation>门店 {code} 已存在</translation>
        </message>
        <message>
            <source>Ticket prefix {prefix} is used by another store</source>
            <translation>单号前缀 {prefix} 已被另一家门店使用</translation>
        </message>
        <message>
            <source>Nothing imported: %n bad row(s): {detail}</source>
            <translation>未导入任何内容：%n 行有误：{detail}</translation>
        </message>
        <message>
            <source>--prefix goes with --as-store</source>
            <translation>--prefix 需与 --as-store 一起使用</translation>
        </message>
        <message>
            <source>No recovered faulty part number {id}</source>
            <translation>没有编号为 {id} 的回收故障件</translation>
        </message>
        <message>
            <source>Disposal: choose one of {choices}</source>
            <translation>处置方式：请选择 {choices} 之一</translation>
        </message>
        <message>
            <source>Recovered faulty part number {id} was already disposed of</source>
            <translation>编号为 {id} 的回收故障件已处置过</translation>
        </message>
        <message>
            <source>{table} {id} is missing from the copy; nothing was kept</source>
            <translation>副本中缺少 {table} {id}；未保留任何内容</translation>
        </message>
        <message>
            <source>{url} holds no chain to join; move the shop with migrate --to alone</source>
            <translation>{url} 中没有可加入的连锁；请只用 migrate --to 迁移店铺</translation>
        </message>
        <message>
            <source>This shop has {count} stores; only a single-store shop joins a chain</source>
            <translation>本店有 {count} 家门店；只有单门店的店铺可以加入连锁</translation>
        </message>
        <message>
            <source>Store {code} already has data ({table}); nothing was copied</source>
            <translation>门店 {code} 已有数据（{table}）；未复制任何内容</translation>
        </message>
        <message>
            <source>Ticket prefix {prefix} is used by store {code}; choose another with --prefix</source>
            <translation>单号前缀 {prefix} 已被门店 {code} 使用；请用 --prefix 另选一个</translation>
        </message>
        <message>
            <source>Unknown barrier {value}; use one of: {allowed}</source>
            <translation>未知的无法维修原因 {value}；请使用以下之一：{allowed}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: only a repair in diagnosis or in repair can be declared beyond repair</source>
            <translation>工单 {ticket_no} 状态为 {status}：只有检测中或维修中的维修单才能判定为无法维修</translation>
        </message>
        <message>
            <source>Parts from stock are used on {ticket_no}: return them to stock before the device goes back unrepaired</source>
            <translation>工单 {ticket_no} 已使用库存配件：设备未修退回前请先将配件退回库存</translation>
        </message>
        <message>
            <source>{tool} was not found (on PATH or in /usr/lib/postgresql/*/bin): install the PostgreSQL client tools (Debian package postgresql-client) to back up or restore this shop</source>
            <translation>未找到 {tool}（PATH 或 /usr/lib/postgresql/*/bin 中均没有）：请安装 PostgreSQL 客户端工具（Debian 软件包 postgresql-client）后再备份或恢复本店</translation>
        </message>
        <message>
            <source>{tool} failed: {detail}</source>
            <translation>{tool} 失败：{detail}</translation>
        </message>
        <message>
            <source>{path} is not a PostgreSQL backup (pg_dump -Fc)</source>
            <translation>{path} 不是 PostgreSQL 备份（pg_dump -Fc）</translation>
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
            <translation>{shown}；……另有 {more} 处</translation>
        </message>
        <message>
            <source>{name}: the text encoding cannot be recognised (not UTF-8, GB18030 or Big5); save it as CSV UTF-8 (or .xlsx) and retry</source>
            <translation>{name}：无法识别文本编码（不是 UTF-8、GB18030 或 Big5）；请另存为 CSV UTF-8（或 .xlsx）后重试</translation>
        </message>
        <message>
            <source>{name}: line {line} is in another text encoding than the lines before it; save the whole file as CSV UTF-8 and retry</source>
            <translation>{name}：第 {line} 行的文本编码与前面各行不同；请将整个文件另存为 CSV UTF-8 后重试</translation>
        </message>
        <message>
            <source>{path} is the shop's database: choose another file</source>
            <translation>{path} 是本店的数据库：请选择其他文件</translation>
        </message>
        <message>
            <source>Cannot use {path}</source>
            <translation>无法使用 {path}</translation>
        </message>
        <message>
            <source>{path} is a link: give the file itself, not a link</source>
            <translation>{path} 是一个链接：请指定文件本身，而不是链接</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file</source>
            <translation>{path} 是文件夹，不是文件</translation>
        </message>
        <message>
            <source>{path} is not a regular file (a device?); nothing was written</source>
            <translation>{path} 不是普通文件（是设备？）；未写入任何内容</translation>
        </message>
        <message>
            <source>{path} is not a regular file</source>
            <translation>{path} 不是普通文件</translation>
        </message>
        <message>
            <source>The disk is full: {path} was not written (an earlier file is unchanged)</source>
            <translation>磁盘已满：未写入 {path}（原有文件保持不变）</translation>
        </message>
        <message>
            <source>The disk is read-only: {path} was not written (an earlier file is unchanged)</source>
            <translation>磁盘为只读：未写入 {path}（原有文件保持不变）</translation>
        </message>
        <message>
            <source>No permission to write {path}; nothing was written</source>
            <translation>没有写入 {path} 的权限；未写入任何内容</translation>
        </message>
        <message>
            <source>Cannot write {path} ({detail}); an earlier file is unchanged</source>
            <translation>无法写入 {path}（{detail}）；原有文件保持不变</translation>
        </message>
        <message>
            <source>Receipt printer {printer}: {reason}</source>
            <translation>小票打印机 {printer}：{reason}</translation>
        </message>
        <message>
            <source>Receipt printer {printer}: out of paper</source>
            <translation>小票打印机 {printer}：缺纸</translation>
        </message>
        <message>
            <source>Only intake slips and receipts go to --to</source>
            <translation>只有受理单和收据可以用 --to 发送</translation>
        </message>
        <message>
            <source>Give the receipt printer: --to tcp://HOST:PORT or file:DEVICE</source>
            <translation>请指定小票打印机：--to tcp://主机:端口 或 file:设备</translation>
        </message>
        <message>
            <source>Receipt printer {uri}: use system, tcp://HOST:PORT or file:/dev/usb/lp0</source>
            <translation>小票打印机 {uri}：请用 system、tcp://主机:端口 或 file:/dev/usb/lp0</translation>
        </message>
        <message>
            <source>Message kind {value}: use one of {kinds}</source>
            <translation>消息类型 {value}：请使用 {kinds} 之一</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: a {kind} message needs it {allowed}</source>
            <translation>工单 {ticket_no} 当前为 {status}：{kind} 消息要求工单为 {allowed}</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} did not consent to be contacted</source>
            <translation>工单 {ticket_no} 的客户未同意接收联系</translation>
        </message>
        <message>
            <source>The customer of {ticket_no} has no phone number</source>
            <translation>工单 {ticket_no} 的客户没有电话号码</translation>
        </message>
        <message>
            <source>message_command: unbalanced quotes</source>
            <translation>message_command：引号不成对</translation>
        </message>
        <message>
            <source>No message sender is set: a manager sets message_command first</source>
            <translation>未设置消息发送程序：请经理先设置 message_command</translation>
        </message>
        <message>
            <source>{key}: unbalanced braces { }</source>
            <translation>{key}：花括号 { } 不成对</translation>
        </message>
        <message>
            <source>{key}: unknown placeholders {names}; use {allowed}</source>
            <translation>{key}：未知的占位符 {names}；可用 {allowed}</translation>
        </message>
        <message>
            <source>Keep years: 0 to {max}</source>
            <translation>保留年限：0 至 {max}</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is not a free warranty job: nothing to claim back</source>
            <translation>工单 {ticket_no} 不是免费保修工单：无可追偿</translation>
        </message>
        <message>
            <source>Claim {id} for {sku} on {ticket_no} is already open</source>
            <translation>工单 {ticket_no} 的 {sku} 已有进行中的索赔 {id}</translation>
        </message>
        <message>
            <source>Claim state {value}: use one of {states}</source>
            <translation>索赔状态 {value}：请使用 {states} 之一</translation>
        </message>
        <message>
            <source>No claim {id}</source>
            <translation>没有索赔 {id}</translation>
        </message>
        <message>
            <source>Claim {id} is {current}: it cannot become {state}</source>
            <translation>索赔 {id} 当前为 {current}：不能变为 {state}</translation>
        </message>
        <message>
            <source>{sku} is a discontinued model's part kept until {until}: at least {minimum} must stay in stock ({have} on hand)</source>
            <translation>{sku} 是停产机型的保留配件，保留至 {until}：库存至少须保留 {minimum} 件（现有 {have} 件）</translation>
        </message>
        <message>
            <source>Deposit: cannot be negative</source>
            <translation>押金：不能为负数</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: no loaner now</source>
            <translation>工单 {ticket_no} 当前为 {status}：现在不能借出备用机</translation>
        </message>
        <message>
            <source>A loaner is already out on {ticket_no}</source>
            <translation>工单 {ticket_no} 已借出一台备用机</translation>
        </message>
        <message>
            <source>Loaner {imei} is out on {ticket_no}</source>
            <translation>备用机 {imei} 已借给工单 {ticket_no}</translation>
        </message>
        <message>
            <source>No loaner is out on {ticket_no}</source>
            <translation>工单 {ticket_no} 没有借出的备用机</translation>
        </message>
        <message>
            <source>Cash needs an open till: open it first (till open --float AMOUNT)</source>
            <translation>收现金需先开钱箱（till open --float 金额）</translation>
        </message>
        <message>
            <source>No till is open on {station}: open it first (till open --float AMOUNT)</source>
            <translation>{station} 未开钱箱：请先开钱箱（till open --float 金额）</translation>
        </message>
        <message>
            <source>The till on {station} is open already: close it first</source>
            <translation>{station} 的钱箱已开：请先结算关闭</translation>
        </message>
        <message>
            <source>The till should hold only {expected}</source>
            <translation>钱箱应有现金仅 {expected}</translation>
        </message>
        <message>
            <source>A count cannot be negative</source>
            <translation>点数不能为负</translation>
        </message>
        <message>
            <source>Ticket {ticket_no} is {status}: only a ready device waits</source>
            <translation>工单 {ticket_no} 状态为{status}：只有待取机的设备才需通知取机</translation>
        </message>
        <message>
            <source>{value} does not exist in {zone}: the clocks go forward then</source>
            <translation>{value} 在 {zone} 不存在：此时钟表向前拨快</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <source>approved</source>
            <translation>客户已同意</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>已提供咨询建议</translation>
        </message>
        <message>
            <source>Quote sent</source>
            <translation>已发送报价</translation>
        </message>
        <message>
            <source>Customer declined</source>
            <translation>客户拒绝维修</translation>
        </message>
        <message>
            <source>Reassembled, no repair</source>
            <translation>已装回，未维修</translation>
        </message>
        <message>
            <source>Part ordered</source>
            <translation>已订购配件</translation>
        </message>
        <message>
            <source>Part arrived</source>
            <translation>配件已到货</translation>
        </message>
        <message>
            <source>Tested OK</source>
            <translation>测试正常</translation>
        </message>
        <message>
            <source>Customer took the device back</source>
            <translation>客户已取回设备</translation>
        </message>
        <message>
            <source>Refunded: the device stays</source>
            <translation>已退款：设备留在店内</translation>
        </message>
        <message>
            <source>Exchanged for a new device</source>
            <translation>已换新机</translation>
        </message>
        <message>
            <source>No fault found</source>
            <translation>未发现故障</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>上门服务</translation>
        </message>
        <message>
            <source>repair under warranty</source>
            <translation>按保修维修</translation>
        </message>
        <message>
            <source>no fault found: returned as is</source>
            <translation>未发现故障：原样退回</translation>
        </message>
        <message>
            <source>in_person (on site)</source>
            <translation>当面（上门）</translation>
        </message>
        <message>
            <source>Same fault</source>
            <translation>同一故障</translation>
        </message>
        <message>
            <source>Within the handset warranty</source>
            <translation>在整机保修期内</translation>
        </message>
        <message>
            <source>Liquid damage</source>
            <translation>进液损坏</translation>
        </message>
        <message>
            <source>Out of warranty</source>
            <translation>已过保修期</translation>
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
            <translation>待客户答复</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已同意</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
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
            <translation>已换为设备 {imei}</translation>
        </message>
        <message>
            <source>Message “{kind}” by {channel}: {outcome}</source>
            <translation>消息“{kind}”（{channel}）：{outcome}</translation>
        </message>
        <message>
            <source>Notice sent as a message ({channel})</source>
            <translation>已通过消息发出取机提醒（{channel}）</translation>
        </message>
        <message>
            <source>Loaner {imei} lent, deposit {deposit}</source>
            <translation>备用机 {imei} 已借出，押金 {deposit}</translation>
        </message>
        <message>
            <source>Loaner {imei} returned</source>
            <translation>备用机 {imei} 已归还</translation>
        </message>
        <message>
            <source>Promised time {before} → {after}: {reason}</source>
            <translation>承诺时间 {before} → {after}：{reason}</translation>
        </message>
        <message>
            <source>Supplier claim {id}: {sku} → {supplier}</source>
            <translation>供应商索赔 {id}：{sku} → {supplier}</translation>
        </message>
        <message>
            <source>Not fixed on site: {note}</source>
            <translation>上门未修好：{note}</translation>
        </message>
        <message>
            <source>Paid: {exclusion}</source>
            <translation>收费：{exclusion}</translation>
        </message>
        <message>
            <source>{decision} ({exclusion})</source>
            <translation>{decision}（{exclusion}）</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>发送失败</translation>
        </message>
        <message>
            <source>{line}: paid ({exclusion}): {reason}</source>
            <translation>{line}：收费（{exclusion}）：{reason}</translation>
        </message>
        <message>
            <source>Faulty part recovered: {part} ×{qty}</source>
            <translation>已回收故障件：{part} ×{qty}</translation>
        </message>
        <message>
            <source>Not fixed on site</source>
            <translation>上门未修好</translation>
        </message>
    </context>
    <context>
        <name>file_dialogs</name>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>{suffix} file</source>
            <translation>{suffix} 文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
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
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>指派</translation>
        </message>
        <message>
            <source>Quote line</source>
            <translation>报价行</translation>
        </message>
        <message>
            <source>Line removed</source>
            <translation>删除报价行</translation>
        </message>
        <message>
            <source>Quote approved</source>
            <translation>客户同意报价</translation>
        </message>
        <message>
            <source>Quote declined</source>
            <translation>客户拒绝报价</translation>
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
            <translation>使用备件</translation>
        </message>
        <message>
            <source>Part returned</source>
            <translation>退回备件</translation>
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
            <translation>回访</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Beyond repair</source>
            <translation>无法维修</translation>
        </message>
        <message>
            <source>Message to customer</source>
            <translation>客户消息</translation>
        </message>
        <message>
            <source>Loaner phone</source>
            <translation>备用机</translation>
        </message>
        <message>
            <source>Cause found</source>
            <translation>故障原因</translation>
        </message>
        <message>
            <source>Collection notice</source>
            <translation>取机通知</translation>
        </message>
        <message>
            <source>Start diagnosis</source>
            <translation>开始检测</translation>
        </message>
        <message>
            <source>Send quote to customer</source>
            <translation>报价给客户</translation>
        </message>
        <message>
            <source>Start repair</source>
            <translation>开始维修</translation>
        </message>
        <message>
            <source>Wait for parts</source>
            <translation>等待备件</translation>
        </message>
        <message>
            <source>To quality check</source>
            <translation>送复检</translation>
        </message>
        <message>
            <source>Ready for collection</source>
            <translation>可取机</translation>
        </message>
        <message>
            <source>Hand over to customer</source>
            <translation>交付客户</translation>
        </message>
        <message>
            <source>Cancel ticket</source>
            <translation>取消工单</translation>
        </message>
    </context>
    <context>
        <name>html_docs</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
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
            <translation>校准</translation>
        </message>
        <message>
            <source>Rulers start {margin} mm inside the edges</source>
            <translation>标尺从距边缘 {margin} 毫米处起</translation>
        </message>
        <message>
            <source>Measure the gap from the label's edge to 0:</source>
            <translation>量出标签边缘到 0 刻度的距离：</translation>
        </message>
        <message>
            <source>Offset right = {margin} − left gap</source>
            <translation>向右偏移 = {margin} − 左边距</translation>
        </message>
        <message>
            <source>Offset down = {margin} − top gap</source>
            <translation>向下偏移 = {margin} − 上边距</translation>
        </message>
        <message>
            <source>Saved: right {dx}, down {dy} mm</source>
            <translation>已保存：向右 {dx}，向下 {dy} 毫米</translation>
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
            <translation>检测中</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待客户确认</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待备件</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>复检</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>待取机</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取机</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Warranty repair</source>
            <translation>保修</translation>
        </message>
        <message>
            <source>Return / exchange</source>
            <translation>退换货</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>咨询</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Dissatisfied at follow-up</source>
            <translation>回访不满意</translation>
        </message>
        <message>
            <source>Complaint by phone</source>
            <translation>来电投诉</translation>
        </message>
        <message>
            <source>Not fixed the first time</source>
            <translation>一次维修不到位</translation>
        </message>
        <message>
            <source>Not fixed several times</source>
            <translation>多次维修不到位</translation>
        </message>
        <message>
            <source>Unhappy with staff attitude</source>
            <translation>服务态度不满意</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>门店柜台</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>短信/消息</translation>
        </message>
        <message>
            <source>Online review</source>
            <translation>网络评价</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已处理</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>After collection</source>
            <translation>取机后回访</translation>
        </message>
        <message>
            <source>First month</source>
            <translation>首月回访</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>季度回访</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>咨询回电</translation>
        </message>
        <message>
            <source>Callback due</source>
            <translation>待回电</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>待重拨</translation>
        </message>
        <message>
            <source>Called back</source>
            <translation>已回电</translation>
        </message>
        <message>
            <source>Unreachable</source>
            <translation>无法联系</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Not reached, try again</source>
            <translation>未接通，待重拨</translation>
        </message>
        <message>
            <source>Not reached, unreachable</source>
            <translation>未接通，无法联系</translation>
        </message>
        <message>
            <source>Complaint {id}: {state} ({kind})</source>
            <translation>投诉 {id}：{state}（{kind}）</translation>
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
            <translation>现金</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Octopus</source>
            <translation>八达通</translation>
        </message>
        <message>
            <source>FPS</source>
            <translation>转数快</translation>
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
            <translation>银联</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>当面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>By message</source>
            <translation>短信/消息</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>售后经理</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>库存管理员</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>屏幕</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后盖</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>边框</translation>
        </message>
        <message>
            <source>Buttons</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Cameras</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Charging port</source>
            <translation>充电口</translation>
        </message>
        <message>
            <source>Water indicator</source>
            <translation>进水标签</translation>
        </message>
        <message>
            <source>Powers on</source>
            <translation>能否开机</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Scratched</source>
            <translation>划痕</translation>
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
            <translation>供应商入库</translation>
        </message>
        <message>
            <source>Used on a ticket</source>
            <translation>工单领用</translation>
        </message>
        <message>
            <source>Returned from a ticket</source>
            <translation>工单退回</translation>
        </message>
        <message>
            <source>Stock count adjusted</source>
            <translation>盘点调整</translation>
        </message>
        <message>
            <source>Sent back to supplier</source>
            <translation>退回供应商</translation>
        </message>
        <message>
            <source>Faulty part recovered</source>
            <translation>回收故障件</translation>
        </message>
        <message>
            <source>Moved between stores</source>
            <translation>门店间调拨</translation>
        </message>
        <message>
            <source>Spare parts not available</source>
            <translation>无法获得备件</translation>
        </message>
        <message>
            <source>Repair too expensive</source>
            <translation>维修费用过高</translation>
        </message>
        <message>
            <source>No way to open the device</source>
            <translation>设备无法拆开</translation>
        </message>
        <message>
            <source>Repair information not available</source>
            <translation>无法获得维修资料</translation>
        </message>
        <message>
            <source>Lack of equipment</source>
            <translation>缺少维修设备</translation>
        </message>
        <message>
            <source>Device too worn out</source>
            <translation>设备过于老化</translation>
        </message>
        <message>
            <source>Beyond repair</source>
            <translation>无法维修</translation>
        </message>
        <message>
            <source>{role} (as {capacity})</source>
            <translation>{role}（按{capacity}计）</translation>
        </message>
        <message>
            <source>Scrapped</source>
            <translation>已报废</translation>
        </message>
        <message>
            <source>Returned to the supplier</source>
            <translation>已退回供应商</translation>
        </message>
        <message>
            <source>Recycled</source>
            <translation>已回收处理</translation>
        </message>
    </context>
    <context>
        <name>operations</name>
        <message>
            <source>Service Counter</source>
            <translation>维修服务台</translation>
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
            <translation>日报</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>收银台</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>开箱时间</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>开箱人</translation>
        </message>
        <message>
            <source>Float</source>
            <translation>备用金</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>应有</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>实点</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未结</translation>
        </message>
        <message>
            <source>Cash taken with no till open</source>
            <translation>未开钱箱时收取的现金</translation>
        </message>
        <message>
            <source>Audit chain head</source>
            <translation>审计链末端哈希</translation>
        </message>
        <message>
            <source>Labour revenue</source>
            <translation>工时收入</translation>
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
            <translation>工单</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Diagnosed</source>
            <translation>已检测</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取机</translation>
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
            <translation>净额</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Open tickets by status</source>
            <translation>在修工单（按状态）</translation>
        </message>
        <message>
            <source>Overdue tickets</source>
            <translation>超时工单</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>工单</translation>
        </message>
        <message>
            <source>Loaner phones</source>
            <translation>备用机</translation>
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
            <translation>归还</translation>
        </message>
        <message>
            <source>still out</source>
            <translation>未归还</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>预计完成</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>技术员</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>备件使用</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>备件</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Comebacks</source>
            <translation>返修</translation>
        </message>
        <message>
            <source>Earlier ticket</source>
            <translation>原工单</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Intakes</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>收款笔数</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>交机</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Monthly staff assessment</source>
            <translation>月度绩效考核</translation>
        </message>
        <message>
            <source>Jobs completed</source>
            <translation>完成工单</translation>
        </message>
        <message>
            <source>Median turnaround (h)</source>
            <translation>周转时间中位数（小时）</translation>
        </message>
        <message>
            <source>Average turnaround (h)</source>
            <translation>平均周转时间（小时）</translation>
        </message>
        <message>
            <source>Comeback rate</source>
            <translation>返修率</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>回访数</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意率</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>被投诉</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>After-care</source>
            <translation>售后回访</translation>
        </message>
        <message>
            <source>Feedback by class</source>
            <translation>按反馈类别</translation>
        </message>
        <message>
            <source>On-site service</source>
            <translation>上门服务</translation>
        </message>
        <message>
            <source>On-site visits</source>
            <translation>上门服务次数</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时率</translation>
        </message>
        <message>
            <source>By completion date. After-care: follow-ups made, average satisfaction (1-5) and the share of satisfied answers about their jobs, complaints about their jobs and against them, complaints they were responsible for that went overdue.</source>
            <translation>按完成日期统计。售后：完成的回访数、其工单的平均满意度（1-5）及满意率、其工单的投诉及针对本人的投诉、由其负责但已逾期的投诉。</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>客服专员</translation>
        </message>
        <message>
            <source>technician</source>
            <translation>技术支持工程师</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>售后经理</translation>
        </message>
        <message>
            <source>By completion date; follow-up satisfaction and complaints are shown once follow-up calls are recorded.</source>
            <translation>按完成日期统计；记录回访后将显示回访满意度和投诉。</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Store name printed on documents</source>
            <translation>门店名称（打印在单据上）</translation>
        </message>
        <message>
            <source>Store address printed on documents</source>
            <translation>门店地址（打印在单据上）</translation>
        </message>
        <message>
            <source>Store phone printed on documents</source>
            <translation>门店电话（打印在单据上）</translation>
        </message>
        <message>
            <source>ISO currency code</source>
            <translation>币种代码（ISO）</translation>
        </message>
        <message>
            <source>The store's time zone (business day)</source>
            <translation>门店时区（营业日）</translation>
        </message>
        <message>
            <source>Default region for phone numbers</source>
            <translation>电话号码默认地区</translation>
        </message>
        <message>
            <source>Interface language (empty: the system's)</source>
            <translation>界面语言（留空：跟随系统）</translation>
        </message>
        <message>
            <source>Warranty on our own repairs, calendar months from collection</source>
            <translation>本店维修保修月数（自取机日起按自然月）</translation>
        </message>
        <message>
            <source>Phone handset warranty from purchase</source>
            <translation>整机保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Battery warranty from purchase</source>
            <translation>电池保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Charger warranty from purchase</source>
            <translation>充电器保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Wired headset warranty from purchase</source>
            <translation>有线耳机保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Memory card warranty from purchase</source>
            <translation>存储卡保修月数（自购买起）</translation>
        </message>
        <message>
            <source>Return allowed within days of purchase</source>
            <translation>购买后可退货天数</translation>
        </message>
        <message>
            <source>Exchange allowed within days of purchase</source>
            <translation>购买后可换货天数</translation>
        </message>
        <message>
            <source>Failed warranty repairs before exchange</source>
            <translation>保修期内维修失败几次后可换货</translation>
        </message>
        <message>
            <source>Follow-up call due within days of collection</source>
            <translation>取机后几天内回访</translation>
        </message>
        <message>
            <source>Call every customer of the last 12 months once a quarter</source>
            <translation>每季度回访近12个月内的所有客户</translation>
        </message>
        <message>
            <source>A follow-up call not reached is tried at most this often</source>
            <translation>回访未接通时最多拨打的次数</translation>
        </message>
        <message>
            <source>An overdue follow-up call stays on the list for days</source>
            <translation>逾期回访在列表中保留的天数</translation>
        </message>
        <message>
            <source>A serious complaint is due within hours</source>
            <translation>严重投诉处理时限（小时）</translation>
        </message>
        <message>
            <source>A normal complaint is due within days</source>
            <translation>一般投诉处理时限（天）</translation>
        </message>
        <message>
            <source>Promised completion after intake, hours</source>
            <translation>受理后预计完成小时数</translation>
        </message>
        <message>
            <source>On-site visit due within working days of the request</source>
            <translation>上门服务须在申请后几个工作日内完成</translation>
        </message>
        <message>
            <source>Shop holidays, not working days (YYYY-MM-DD, separated by commas)</source>
            <translation>门店休息日，不计工作日（YYYY-MM-DD，用逗号分隔）</translation>
        </message>
        <message>
            <source>A quote is valid for days</source>
            <translation>报价有效天数</translation>
        </message>
        <message>
            <source>Diagnosis fee when a device is beyond repair (whole units, 0: none)</source>
            <translation>设备无法维修时收取的检测费（整数金额，0 表示不收）</translation>
        </message>
        <message>
            <source>Largest amount of one quote line (whole units)</source>
            <translation>报价单行最高金额（整数）</translation>
        </message>
        <message>
            <source>Largest quantity of pieces in one line or movement</source>
            <translation>单行或单次出入库的最大数量</translation>
        </message>
        <message>
            <source>Allow parts stock to go below zero</source>
            <translation>允许备件库存为负</translation>
        </message>
        <message>
            <source>Intake fields that must be filled in besides name, phone, brand, model, IMEI/serial</source>
            <translation>除姓名、电话、品牌、型号、IMEI/序列号外的必填受理项</translation>
        </message>
        <message>
            <source>Please back up your data. We are not responsible for data loss. Devices not collected within 90 days may be disposed of.</source>
            <translation>请提前备份数据，本店不对数据丢失负责。设备超过 90 天未取，本店可自行处理。</translation>
        </message>
        <message>
            <source>Terms printed on the intake slip</source>
            <translation>受理单条款</translation>
        </message>
        <message>
            <source>Repairs are under warranty for the period stated; damage by drops, liquid or unauthorised opening is not covered.</source>
            <translation>维修在所列期限内保修；摔落、进液或私自拆机造成的损坏不在保修范围内。</translation>
        </message>
        <message>
            <source>Terms printed on the receipt</source>
            <translation>收据条款</translation>
        </message>
        <message>
            <source>Keep the device dry; avoid drops and heat; use the original charger; bring the receipt for any warranty claim.</source>
            <translation>请保持设备干燥，避免摔落和高温，使用原装充电器；申请保修时请带上本收据。</translation>
        </message>
        <message>
            <source>Care instructions printed on the hand-over receipt</source>
            <translation>交付收据上打印的使用与保养须知</translation>
        </message>
        <message>
            <source>The PC (host name) that makes the daily backup of a shared PostgreSQL database</source>
            <translation>负责每日备份共享 PostgreSQL 数据库的电脑（主机名）</translation>
        </message>
        <message>
            <source>Second folder (USB drive, network share) every daily backup is copied to</source>
            <translation>每日备份同时复制到的第二文件夹（U 盘、网络共享）</translation>
        </message>
        <message>
            <source>Program that sends a message to a customer (run without a shell with two arguments: phone in E.164 and the text; empty: none)</source>
            <translation>向客户发送消息的程序（不经 shell 运行，带两个参数：E.164 格式的电话和内容；留空：无）</translation>
        </message>
        <message>
            <source>Language of messages to customers (empty: the interface language)</source>
            <translation>发给客户的消息所用语言（留空：界面语言）</translation>
        </message>
        <message>
            <source>Opening hours, as told in messages to customers</source>
            <translation>营业时间（写入发给客户的消息）</translation>
        </message>
        <message>
            <source>Message: ready for pickup (empty: built-in)</source>
            <translation>消息：可取机（留空：内置文本）</translation>
        </message>
        <message>
            <source>Message: quote to approve (empty: built-in)</source>
            <translation>消息：报价待确认（留空：内置文本）</translation>
        </message>
        <message>
            <source>Message: uncollected notice (empty: built-in)</source>
            <translation>消息：未取机通知（留空：内置文本）</translation>
        </message>
        <message>
            <source>Message: after-service follow-up (empty: built-in)</source>
            <translation>消息：售后回访（留空：内置文本）</translation>
        </message>
        <message>
            <source>Message: maintenance reminder (empty: built-in)</source>
            <translation>消息：保养提醒（留空：内置文本）</translation>
        </message>
        <message>
            <source>Regular maintenance due after months</source>
            <translation>定期保养间隔（月）</translation>
        </message>
        <message>
            <source>Part categories that are electronic parts (separated by commas)</source>
            <translation>属于电子件的配件类别（以逗号分隔）</translation>
        </message>
        <message>
            <source>Electronic parts of a discontinued model are kept in stock for years</source>
            <translation>停产机型的电子件保留库存年限</translation>
        </message>
        <message>
            <source>Promised completion of an urgent job after intake, hours</source>
            <translation>紧急工单承诺完成时间（接单后小时数）</translation>
        </message>
        <message>
            <source>No proof of purchase: the handset warranty starts this many days after production</source>
            <translation>无购买凭证时：整机保修自生产日期后第几天起算</translation>
        </message>
        <message>
            <source>Notices for a device not collected, days after it was ready (by commas)</source>
            <translation>未取机通知：修好后第几天发送（用逗号分隔）</translation>
        </message>
        <message>
            <source>A device not collected may be disposed of this many days after ready</source>
            <translation>修好后超过此天数未取的设备可予处理</translation>
        </message>
        <message>
            <source>Regions whose phone numbers are accepted (codes, separated by commas)</source>
            <translation>接受其电话号码的地区（代码，以逗号分隔）</translation>
        </message>
        <message>
            <source>Payment methods the counter offers (codes, by commas)</source>
            <translation>柜台提供的支付方式（代码，以逗号分隔）</translation>
        </message>
        <message>
            <source>Cash payments need an open till</source>
            <translation>收现金须先开钱箱</translation>
        </message>
        <message>
            <source>A till count off by more than this is flagged (whole units)</source>
            <translation>钱箱点数差额超过此值时提示（整数金额）</translation>
        </message>
        <message>
            <source>Technicians' commission on labour revenue, % (0: none)</source>
            <translation>技术员工时收入提成比例 %（0：无）</translation>
        </message>
    </context>
    <context>
        <name>warranty</name>
        <message>
            <source>Return period</source>
            <translation>退货期</translation>
        </message>
        <message>
            <source>Exchange period</source>
            <translation>换货期</translation>
        </message>
        <message>
            <source>Manufacturer warranty</source>
            <translation>厂家保修</translation>
        </message>
        <message>
            <source>Our repair warranty</source>
            <translation>本店维修保修</translation>
        </message>
        <message>
            <source>Out of warranty</source>
            <translation>已过保修</translation>
        </message>
        <message>
            <source>Bought on {bought}: return, exchange or repair until {until}</source>
            <translation>购买日期 {bought}：{until} 前可退货、换货或维修</translation>
        </message>
        <message>
            <source>Bought on {bought}: exchange or repair until {until}</source>
            <translation>购买日期 {bought}：{until} 前可换货或维修</translation>
        </message>
        <message>
            <source>Bought on {bought}: the {item} is under warranty until {until}</source>
            <translation>购买日期 {bought}：{item}保修至 {until}</translation>
        </message>
        <message>
            <source>Comeback of {ticket}: under our repair warranty until {until}; free if the technician confirms the same fault</source>
            <translation>{ticket} 的返修：本店维修保修至 {until}；技术员确认为同一故障则免费</translation>
        </message>
        <message>
            <source>Comeback of {ticket} with the same fault: free until {until}</source>
            <translation>{ticket} 的返修，同一故障：{until} 前免费</translation>
        </message>
        <message>
            <source>Comeback of {ticket} with a different fault: a paid repair</source>
            <translation>{ticket} 的返修，不同故障：收费维修</translation>
        </message>
        <message>
            <source>The {item}'s warranty ended on {until}</source>
            <translation>{item}保修已于 {until} 结束</translation>
        </message>
        <message>
            <source>No proof of purchase: the warranty cannot be established</source>
            <translation>无购买凭证：无法确认保修</translation>
        </message>
        <message>
            <source>No purchase date: paid unless decided</source>
            <translation>无购买日期：除另行决定外收费</translation>
        </message>
        <message>
            <source>No proof of purchase: made on {made}, the {item} is under warranty from {from} until {until}</source>
            <translation>无购买凭证：生产日期 {made}，{item}保修期自 {from} 至 {until}</translation>
        </message>
        <message>
            <source>No proof of purchase: made on {made}, the {item}'s warranty counted from {from} ended on {until}</source>
            <translation>无购买凭证：生产日期 {made}，{item}保修期自 {from} 起算，已于 {until} 到期</translation>
        </message>
        <message>
            <source>Not covered: {exclusion}</source>
            <translation>不在保修范围：{exclusion}</translation>
        </message>
        <message>
            <source>Decided by the technician</source>
            <translation>由技术员决定</translation>
        </message>
        <message>
            <source>Consultation: no charge</source>
            <translation>咨询：不收费</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>battery</source>
            <translation>电池</translation>
        </message>
        <message>
            <source>charger</source>
            <translation>充电器</translation>
        </message>
        <message>
            <source>wired headset</source>
            <translation>有线耳机</translation>
        </message>
        <message>
            <source>memory card</source>
            <translation>存储卡</translation>
        </message>
        <message>
            <source>drop or impact damage</source>
            <translation>摔落或撞击损坏</translation>
        </message>
        <message>
            <source>liquid damage</source>
            <translation>进液损坏</translation>
        </message>
        <message>
            <source>opened or modified elsewhere</source>
            <translation>曾在他处拆修或改装</translation>
        </message>
        <message>
            <source>seal or label tampered</source>
            <translation>封条或标签被改动</translation>
        </message>
        <message>
            <source>non-original part</source>
            <translation>非原装配件</translation>
        </message>
        <message>
            <source>no proof of purchase</source>
            <translation>无购买凭证</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>{count} failed repairs of the same fault under warranty: offer an exchange</source>
            <translation>保修期内同一故障已维修 {count} 次未修好：可为客户换机</translation>
        </message>
        <message>
            <source>Free of charge</source>
            <translation>免费</translation>
        </message>
        <message>
            <source>Paid repair</source>
            <translation>收费维修</translation>
        </message>
        <message>
            <source>Warranty to be decided after diagnosis</source>
            <translation>检测后判定是否保修</translation>
        </message>
    </context>
</TS>