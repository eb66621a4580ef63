// STUB — owned by the GitHub integration helper.
console.log('ormlint action');
