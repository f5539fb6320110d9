// KAM Canvas: saving a file from the page (Emscripten JS library, linked with --js-library).
// A browser saves a file through a temporary link to it: click it, then revoke the link once
// the download has surely started. Export JSON and Export PNG both come through here.
mergeInto(LibraryManager.library, {
  $kamDownloadBlob: function(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },

  kam_download_text__deps: ["$kamDownloadBlob"],
  kam_download_text: function(filename, text, length) {
    const bytes = HEAPU8.slice(text, text + length);
    kamDownloadBlob(new Blob([bytes], { type: "application/json" }), UTF8ToString(filename));
  },

  // The WebGL drawing buffer still holds the frame until this task ends: copy the rectangle
  // into a 2D canvas and encode it as PNG.
  kam_download_canvas_png__deps: ["$kamDownloadBlob"],
  kam_download_canvas_png: function(x, y, width, height, filename) {
    const name = UTF8ToString(filename);
    const picture = document.createElement("canvas");
    picture.width = width;
    picture.height = height;
    picture.getContext("2d").drawImage(Module.canvas, x, y, width, height, 0, 0, width, height);
    picture.toBlob((blob) => {
      if (!blob) { console.error("KAM Canvas: could not encode the picture"); return; }
      kamDownloadBlob(blob, name);
    }, "image/png");
  },
});
