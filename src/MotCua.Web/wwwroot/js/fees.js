// The intake page's fees, recomputed while the desk types the copies asked or ticks the exemption, by the same rule
// the receipt is printed with (FeesOwed): each fee once, a fee on request once per copy, nothing when exempted.
// Without JavaScript the page shows the amounts as of its last load, and the receipt is computed on the server anyway.
(() => {
    const money = new Intl.NumberFormat('vi-VN');
    document.querySelectorAll('[data-fees]').forEach(box => {
        const copies = box.querySelector('[name="Form.ResultCopies"]');
        const exempt = box.querySelector('[name="Form.FeeExempt"]');
        const label = amount => amount === 0 ? box.dataset.free : `${money.format(amount)} đồng`;
        const update = () => {
            const asked = Math.max(0, parseInt(copies.value, 10) || 0);
            let total = 0;
            box.querySelectorAll('[data-amount]').forEach(row => {
                const owed = exempt.checked ? 0 : Number(row.dataset.amount) * ('onRequest' in row.dataset ? asked : 1);
                row.querySelector('[data-owed]').textContent = label(owed);
                total += owed;
            });
            box.querySelector('[data-fee-total]').textContent = label(total);
        };
        copies.addEventListener('input', update);
        exempt.addEventListener('change', update);
    });
})();
