// STUB — written next by the lead.
console.log('ormlint');
