using System.Net.Sockets;
using System.Reflection;
using SmtpServer;
using SmtpServer.Net;

namespace Review4U.TestKit.Smtp;

/// <summary>
/// MailKit pipelines commands while SmtpServer flushes each reply separately: with Nagle and delayed ACK that
/// costs ~44 ms a message. Setting NoDelay on the listening socket (inherited by accepted sockets) removes it.
/// SmtpServer keeps its TcpListener private, hence the reflection; without it the server still works, slowly.
/// </summary>
internal sealed class NoDelayEndpointListenerFactory : EndpointListenerFactory
{
    private static readonly FieldInfo? ListenerField =
        typeof(EndpointListener).GetField("_tcpListener", BindingFlags.NonPublic | BindingFlags.Instance);

    public override IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
    {
        var listener = base.CreateListener(endpointDefinition);
        if (ListenerField?.GetValue(listener) is TcpListener tcp)
        {
            tcp.Server.NoDelay = true;
        }

        return listener;
    }
}
