export default defineBackground(() => {
  // The background owns Postwise's local state; the storage issue fills this in.
});
