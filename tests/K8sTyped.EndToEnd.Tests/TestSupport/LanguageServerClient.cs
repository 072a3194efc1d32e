using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace K8sTyped.EndToEnd.Tests.TestSupport;

/// <summary>
/// The smallest Language Server Protocol client an editor test needs: JSON-RPC 2.0 over the server's standard input and
/// output with <c>Content-Length</c> framing. It sends requests and notifications, answers the server's own requests
/// through a callback, and queues the server's notifications in arrival order for the test to wait on. What the server
/// logs (standard error and <c>window/logMessage</c>) is kept for failure messages.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Func<string, JsonNode?, JsonNode?> _answerServerRequest;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pendingRequests = new();
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _log = new();
    private readonly Task _reading;
    private int _lastRequestId;

    private LanguageServerClient(Process process, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        _process = process;
        _answerServerRequest = answerServerRequest;
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log("stderr: " + e.Data); };
        _process.BeginErrorReadLine();
        _reading = Task.Run(ReadMessagesAsync);
    }

    /// <summary>What the server logged so far, for failure messages.</summary>
    public string ServerLog
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>
    /// Starts the server. <paramref name="answerServerRequest"/> gets each request the server sends (method and params)
    /// and returns the result to send back.
    /// </summary>
    public static LanguageServerClient Start(ProcessStartInfo start, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        return new LanguageServerClient(process, answerServerRequest);
    }

    /// <summary>Sends a request and waits for its result; an error response or no response in time fails.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref _lastRequestId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingRequests[id] = response;
        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        try
        {
            return await response.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no response to '{method}' within {timeout.TotalSeconds:0} s. Server log:\n{ServerLog}");
        }
        finally
        {
            _pendingRequests.TryRemove(id, out _);
        }
    }

    /// <summary>Sends a notification (no response comes back).</summary>
    public Task NotifyAsync(string method, JsonNode? parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// Takes the server's notifications in arrival order, skipping the others, until one of <paramref name="method"/>
    /// whose params satisfy <paramref name="matches"/>; returns its params. Fails when none comes within <paramref name="timeout"/>.
    /// </summary>
    public async Task<JsonNode> WaitForNotificationAsync(string method, Func<JsonNode, bool> matches, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                JsonObject notification = await _notifications.Reader.ReadAsync(deadline.Token);
                if ((string?)notification["method"] == method && notification["params"] is { } parameters && matches(parameters))
                {
                    return parameters;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"no matching '{method}' within {timeout.TotalSeconds:0} s. Server log:\n{ServerLog}");
        }
        catch (ChannelClosedException closed)
        {
            throw new IOException($"no matching '{method}': {closed.InnerException?.Message ?? closed.Message}. Server log:\n{ServerLog}", closed);
        }
    }

    /// <summary>The protocol's orderly end: <c>shutdown</c>, then <c>exit</c>, then the process must end within <paramref name="timeout"/>.</summary>
    public async Task ShutdownAsync(TimeSpan timeout)
    {
        await RequestAsync("shutdown", null, timeout);
        await NotifyAsync("exit", null);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the server did not exit within {timeout.TotalSeconds:0} s of 'exit'. Server log:\n{ServerLog}");
        }
    }

    /// <summary>Kills the server (and anything it started) if it is still running, then releases the process.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _reading;
        _process.Dispose();
        _writeGate.Dispose();
    }

    private async Task WriteAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeGate.WaitAsync();
        try
        {
            Stream input = _process.StandardInput.BaseStream;
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task ReadMessagesAsync()
    {
        Stream output = _process.StandardOutput.BaseStream;
        Exception ended = new IOException("the language server closed its output (it exited or crashed)");
        try
        {
            while (await ReadMessageAsync(output) is { } message)
            {
                await DispatchAsync(message);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidDataException)
        {
            ended = exception;
        }

        _notifications.Writer.TryComplete(ended);
        foreach (TaskCompletionSource<JsonNode?> pending in _pendingRequests.Values)
        {
            pending.TrySetException(ended);
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        string? method = (string?)message["method"];
        JsonNode? id = message["id"];
        if (method is not null && id is not null)
        {
            JsonNode? result = _answerServerRequest(method, message["params"]);
            await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
        else if (method is not null)
        {
            if (method == "window/logMessage")
            {
                Log("window/logMessage: " + (string?)message["params"]?["message"]);
            }

            _notifications.Writer.TryWrite(message);
        }
        else if (id is not null && _pendingRequests.TryGetValue((int)id, out TaskCompletionSource<JsonNode?>? pending))
        {
            if (message["error"] is { } error)
            {
                pending.TrySetException(new InvalidOperationException($"the server answered with an error: {error.ToJsonString()}"));
            }
            else
            {
                pending.TrySetResult(message["result"]);
            }
        }
    }

    /// <summary>Reads one framed message; null at the end of the stream.</summary>
    private static async Task<JsonObject?> ReadMessageAsync(Stream stream)
    {
        int? contentLength = null;
        while (await ReadHeaderLineAsync(stream) is { } line)
        {
            if (line.Length == 0)
            {
                if (contentLength is not { } length)
                {
                    throw new InvalidDataException("a message header has no Content-Length");
                }

                byte[] body = new byte[length];
                await stream.ReadExactlyAsync(body);
                return JsonNode.Parse(body) as JsonObject ?? throw new InvalidDataException("a message is not a JSON object");
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>One ASCII header line without its CR LF; null at the end of the stream.</summary>
    private static async Task<string?> ReadHeaderLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            if (one[0] == (byte)'\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }

        return null;
    }

    private void Log(string line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
